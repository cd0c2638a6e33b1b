package io.github.mpgrade.multiprocessing.coordinator;

/**
 * One thread of one process of a program: the unit that runs, waits and holds.
 *
 * @param processId   the coordinator's number for the process; the program's root is 0
 * @param processName {@code MainProcess}, {@code Process-1}, {@code Process-1:1}, ...
 * @param threadId    the thread's id inside its JVM
 * @param threadName  the thread's name ({@code main} for the thread that runs {@code run()})
 */
public record Task(int processId, String processName, long threadId, String threadName) {
    @Override
    public String toString() {
        return processName + " (thread " + threadName + ")";
    }
}
