package io.github.mpgrade.multiprocessing.internal.instrument;

/**
 * What the agent makes of every {@code new Thread(...)} and of every class that extends
 * {@code Thread}: a thread whose {@code run()} begins at a start barrier (its task's BEGIN) and
 * tells the coordinator when it ends, when it was started through the agent in a controlled run.
 * Otherwise, or when {@code run()} is called directly, it is Java's {@code Thread}.
 */
public class ControlledThread extends Thread {
    /** Its number at the coordinator once started through the agent; 0 while it is not controlled. */
    private volatile int record;
    /** Started through the agent and not yet at its BEGIN. */
    private volatile boolean awaitingBegin;
    /** How deep in {@code run()} methods it is: only the outermost begins and ends the thread. */
    private int runDepth;
    /** Its {@code run()} is over, as the coordinator was told. */
    private volatile boolean ended;
    /** The exception that ended it was dispatched before the coordinator was told of its end. */
    private volatile boolean failureDispatched;

    public ControlledThread() {
    }

    public ControlledThread(Runnable task) {
        super(task);
    }

    public ControlledThread(ThreadGroup group, Runnable task) {
        super(group, task);
    }

    public ControlledThread(String name) {
        super(name);
    }

    public ControlledThread(ThreadGroup group, String name) {
        super(group, name);
    }

    public ControlledThread(Runnable task, String name) {
        super(task, name);
    }

    public ControlledThread(ThreadGroup group, Runnable task, String name) {
        super(group, task, name);
    }

    public ControlledThread(ThreadGroup group, Runnable task, String name, long stackSize) {
        super(group, task, name, stackSize);
    }

    public ControlledThread(ThreadGroup group, Runnable task, String name, long stackSize,
                            boolean inheritThreadLocals) {
        super(group, task, name, stackSize, inheritThreadLocals);
    }

    @Override
    public void run() {
        Hooks.runBegins();
        try {
            super.run();
        } catch (Throwable failure) {
            Hooks.runFails(failure);
            throw failure;
        }
        Hooks.runEnds();
    }

    /**
     * After the exception that ended a controlled thread was dispatched in its place in the log,
     * the JVM must not dispatch it again.
     */
    @Override
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return failureDispatched ? (thread, failure) -> { } : super.getUncaughtExceptionHandler();
    }

    void startedAs(int coordinatorRecord) {
        record = coordinatorRecord;
        awaitingBegin = true;
    }

    int record() {
        return record;
    }

    /** Whether this entry into a {@code run()} is the thread's first, and it must wait at its start barrier. */
    boolean enterRun() {
        runDepth++;
        if (runDepth == 1 && awaitingBegin) {
            awaitingBegin = false;
            return true;
        }
        return false;
    }

    /** Whether this is the controlled thread's outermost {@code run()} ending. */
    boolean leaveRun() {
        runDepth--;
        return runDepth == 0 && record != 0 && !ended;
    }

    void ended() {
        ended = true;
    }

    boolean hasEnded() {
        return ended;
    }

    void failureDispatched() {
        failureDispatched = true;
    }
}
