package io.github.mpgrade.multiprocessing.internal.client;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the processes of a reusable child JVM one after another, each in a class loader of its own
 * over the class path ({@link ProgramClassLoader}): the program's classes load afresh for every
 * process, so their statics start from their initial values as with Python's spawn (while none of
 * the classes loaded so far has any static state, the next process keeps them: fresh ones would be
 * the same), and the runtime's classes are loaded once and stay warm; what a process leaves in the
 * runtime's statics is set back when it ends ({@link ProcessScope}), and what it may change of the
 * JVM itself too ({@link HostState}). A process that does not end cleanly ends the JVM.
 */
final class ProcessHost {
    /**
     * How many processes one JVM runs at most. Each leaves a little behind that the JDK holds
     * (interned strings, caches of reflection; about 1.5 KB of old generation a process, measured
     * over 250 philosophers): a JVM is retired before that adds up. Not much sooner: a new JVM
     * compiles and links the runtime's code again, and retiring one every 200 processes cost a
     * controlled philosophers run a fifth of its speed.
     */
    static final int MAX_PROCESSES_PER_JVM = 1000;

    private ProcessHost() {
    }

    /**
     * Never returns: the last process exits the JVM. Where this JDK does not let the JVM set its
     * thread numbering back ({@link ThreadNumbering}), a second process would name its threads
     * differently: the JVM then runs one process, as a JVM that is not reused does.
     */
    static void serve(SocketChannel channel, String token) {
        Optional<ThreadNumbering> numbering = ThreadNumbering.find();
        if (numbering.isEmpty()) {
            OneProcess.run(channel, token, false);
            return;
        }
        ClassPathFiles classFiles = new ClassPathFiles(classPath());
        Set<String> runtimeClasses = ProgramClassLoader.runtimeClassNames();
        ProgramClassLoader loader = null;
        for (int number = 1; ; number++) {
            HostState before = HostState.save(numbering.get());
            try {
                if (loader == null || !loader.mayServeAnotherProcess()) {
                    if (loader != null) {
                        loader.close();
                    }
                    // Unnamed: a loader's name shows in every stack trace the program prints, and a
                    // number in it would make a replay's output differ from its run's.
                    loader = ProgramClassLoader.forProcess(classFiles, runtimeClasses);
                }
                Thread.currentThread().setContextClassLoader(loader);
                ProcessScope.begin(loader);
                OneProcess.run(channel, number == 1 ? token : null, number < MAX_PROCESSES_PER_JVM);
                ProcessScope.end();
            } catch (IOException | RuntimeException | Error e) {
                fail(e);
            }
            before.restore();
        }
    }

    /** The process could not even begin (or its bootstrap broke): the JVM ends, as one would at start-up. */
    private static void fail(Throwable cause) {
        System.err.println("mpgrade: this JVM cannot run a process in a fresh class loader: " + cause);
        cause.printStackTrace();
        System.exit(1);
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                try {
                    urls.add(Path.of(entry).toUri().toURL());
                } catch (MalformedURLException | RuntimeException e) {
                    throw new IllegalStateException("an entry of the class path is not a path: " + entry, e);
                }
            }
        }
        return urls.toArray(new URL[0]);
    }
}
