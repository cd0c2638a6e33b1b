package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.instrument.ProcessTables;

/**
 * What belongs to the process running in this JVM rather than to the JVM, where a reused JVM
 * ({@link ProcessHost}) shares the runtime's classes between its processes one after another: the
 * loader of the process's own classes, and every static of the runtime that describes the process.
 * When a process ends each is set back to what a fresh JVM has; {@code ProcessScopeTest} lists
 * every mutable static of the runtime and fails on one that is not.
 */
final class ProcessScope {
    /** The loader of the running process's classes; null in a JVM that runs one process, on the class path. */
    private static volatile ClassLoader programLoader;

    private ProcessScope() {
    }

    /** The next process's classes come from {@code loader}. */
    static void begin(ClassLoader loader) {
        programLoader = loader;
    }

    /**
     * The loader that finds the running process's classes by name (its main class, the objects
     * other processes send it): its own loader in a reused JVM, else the caller's.
     */
    static ClassLoader programLoader(ClassLoader otherwise) {
        ClassLoader loader = programLoader;
        return loader != null ? loader : otherwise;
    }

    /** The process ended cleanly: the next one of this JVM finds the runtime as a fresh JVM has it. */
    static void end() {
        ProcessAccess.forgetProcess();
        ProcessTables.forget();
        FastPath.forget();
        ExitHooks.forget();
        OneProcess.forget();
        Client.forget();
        programLoader = null;
    }
}
