package io.github.mpgrade.multiprocessing.internal.instrument.juc;

/**
 * Where the controlled thread pools make their worker threads: the one place to change when the
 * runtime gets a controlled {@code Thread} (then a worker's start and end become steps too). Until
 * then a worker is an ordinary thread of the program whose every blocking point is controlled.
 */
final class WorkerThreads {
    private WorkerThreads() {
    }

    /** A new, not yet started, non-daemon thread, as Java's default thread factory makes them. */
    static Thread newThread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(false);
        return thread;
    }
}
