package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.ControlledThread;
import io.github.mpgrade.multiprocessing.internal.instrument.Hooks;

/**
 * Where the controlled thread pools make and start their worker threads: controlled threads, as
 * the agent makes of the program's own, so in a controlled run a worker's start is a step and it
 * waits at its start barrier before it runs a line. Started as a plain thread, a worker would run
 * beside the thread that started it until its first call, and whether that call was there at the
 * next decision would depend on timing, not on the schedule.
 */
final class WorkerThreads {
    private WorkerThreads() {
    }

    /** A new, not yet started, non-daemon thread, as Java's default thread factory makes them. */
    static Thread newThread(Runnable work, String name) {
        Thread thread = new ControlledThread(work, name);
        thread.setDaemon(false);
        return thread;
    }

    /** Starts a worker made by {@link #newThread}: in a controlled run, as a step of the schedule. */
    static void start(Thread worker) {
        Hooks.start(worker);
    }
}
