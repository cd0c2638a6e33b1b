package io.github.mpgrade.multiprocessing.internal.wire;

/**
 * The operations of the wire protocol between a process and its coordinator.
 *
 * <p>Requests (process to coordinator) carry a request id, the id of the calling thread and, in
 * a controlled run, whether the JVM is quiet once the request is sent (the wake-ups it is quiet
 * after, as {@link #QUIET} says them, or {@link #NOT_QUIET}); the coordinator answers each with
 * one {@link #REPLY}, possibly much later (a blocked acquire is answered when it is granted).
 * {@link #HELLO}, {@link #THREAD}, {@link #PRINT}, {@link #PROBE_REPLY}, {@link #QUIET},
 * {@link #UNCAUGHT}, {@link #FIELD}, {@link #PROCESS_DONE}, {@link #READY} and
 * {@link #SHM_RELEASED} are one-way. Values and queue items travel as opaque bytes: only the receiving
 * process ever deserializes them.
 */
public enum Op {
    // process -> coordinator, one-way
    HELLO(1), THREAD(2), PRINT(3), PROBE_REPLY(4),
    /** Controlled runs: every thread of this JVM is parked, after it received this many wake-ups. */
    QUIET(5),
    /** A thread of the program ended with an exception it did not catch. */
    UNCAUGHT(6),
    /** With the agent: a thread read or wrote a field of the program's; observed, not scheduled. */
    FIELD(7),
    // process -> coordinator, answered by REPLY
    CREATE_SEM(10), ACQUIRE(11), RELEASE(12), OWNED_DEPTH(13),
    CREATE_VALUE(20), VALUE_GET(21), VALUE_SET(22),
    CREATE_QUEUE(30), QUEUE_PUT(31), QUEUE_GET(32),
    START(40), JOIN(41), SIGNAL(42), FINISHING(44),
    /** Controlled runs: a process waits here, before its work, until the scheduler lets it begin. */
    BEGIN(45),
    /** Controlled runs: {@code Time.sleep} on the virtual clock. */
    SLEEP(46),
    /** With the agent: a thread is about to start; the answer is its number, or why it may not start. */
    THREAD_START(47),
    /** With the agent: a started thread's {@code run()} is over; its joiners may go on. */
    THREAD_END(48),
    /** With the agent: {@code Thread.join} of a thread started through the agent. */
    THREAD_JOIN(49),
    /** With the agent: the monitor of an object a {@code synchronized} block or method uses first. */
    CREATE_MONITOR(50),
    /** With the agent: a scheduling point that changes nothing ({@code Thread.yield}, an atomic, an exit). */
    YIELD(51),
    /** With the agent: {@code thread.interrupt()}; wakes the thread's sleep, join or wait with an InterruptedException. */
    INTERRUPT(52),
    // coordinator -> process
    RUN(64), REPLY(65), PROBE(66),
    /** How many permits a semaphore has free, or how many items a queue holds. */
    COUNT(15),
    /**
     * A process of a reusable JVM ended cleanly with this exit status (one-way, its last frame):
     * the JVM stays, and runs another program's process in a fresh class loader once dismissed.
     */
    PROCESS_DONE(8),
    /**
     * A free run's process ends with this exit status and its JVM exits now, running none of the
     * program's code any more (one-way, its last frame before it closes the connection).
     */
    EXITING(16),
    /** Coordinator to process, after {@link #PROCESS_DONE}: the process's reader stops; nothing follows. */
    DISMISS(67),
    /** One-way, after {@link #DISMISS}: the JVM has set up a fresh class loader and waits for its next RUN. */
    READY(9),
    /**
     * Coordinator to process, in a reusable JVM whose every thread waits in the library when its
     * controlled run reached a verdict: every call throws from now on, so the threads unwind and the
     * process ends with {@link #PROCESS_DONE}; the process counts as killed, and nothing else it sends is read.
     */
    ABANDON(68),
    /** Free runs: where this process finds the shared memory of the fast path, and its event ring. */
    SHM_ATTACH(53),
    /** Free runs: no permit was free in the word, the caller counted itself a waiter there; wait in line. */
    SHM_ACQUIRE(54),
    /** Free runs: this process's event ring is full; drain it. */
    SHM_DRAIN(55),
    /** Free runs, one-way: a release added a permit to a word that has waiters; hand it on. */
    SHM_RELEASED(14),
    /** Free runs: CREATE_SEM of a lock or semaphore the caller would keep in shared memory (the fast path). */
    SHM_CREATE_SEM(56),
    /** Free runs: CREATE_VALUE of a Value whose content fits a cell of shared memory, with that content's bits. */
    SHM_CREATE_VALUE(57),
    /** Free runs: a set that does not fit the Value's cell; the coordinator holds the content from now on. */
    SHM_MOVE_VALUE(58);

    /** A request's quiet field when the calling thread is not the JVM's only one: a QUIET says it later. */
    public static final long NOT_QUIET = -1;

    private static final Op[] BY_CODE = new Op[128];

    static {
        for (Op op : values()) {
            BY_CODE[op.code] = op;
        }
    }

    public final byte code;

    Op(int code) {
        this.code = (byte) code;
    }

    /** The operation with this code, or a {@link ProtocolException} for an unknown one. */
    public static Op of(byte code) throws ProtocolException {
        Op op = code >= 0 ? BY_CODE[code] : null;
        if (op == null) {
            throw new ProtocolException("unknown operation code " + code);
        }
        return op;
    }
}
