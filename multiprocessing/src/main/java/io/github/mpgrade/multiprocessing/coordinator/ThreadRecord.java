package io.github.mpgrade.multiprocessing.coordinator;

/** A thread started through the agent: its task, and whether its {@code run()} is over. Guarded by the state lock. */
final class ThreadRecord implements OperationTarget {
    final int id;
    final TaskKey task;
    /** Its name in its JVM ({@code Thread-0}): how the program's author knows it. */
    final String threadName;
    boolean ended;

    ThreadRecord(int id, TaskKey task, String threadName) {
        this.id = id;
        this.task = task;
        this.threadName = threadName;
    }

    @Override
    public String name() {
        return "thread " + threadName;
    }

    @Override
    public String toString() {
        return name();
    }
}
