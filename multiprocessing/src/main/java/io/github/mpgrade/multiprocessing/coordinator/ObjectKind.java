package io.github.mpgrade.multiprocessing.coordinator;

/**
 * What a synchronization object is. The coordinator names each object after its kind's label and
 * a counter ({@code Lock-2}, {@code Condition.woken-1}), but the kind itself travels typed, so
 * analyses never guess it from a name.
 */
public enum ObjectKind {
    LOCK("Lock", Family.SEMAPHORE, false),
    RLOCK("RLock", Family.SEMAPHORE, false),
    SEMAPHORE("Semaphore", Family.SEMAPHORE, false),
    BOUNDED_SEMAPHORE("BoundedSemaphore", Family.SEMAPHORE, false),
    /** The semaphores a {@code Condition} is built from (CPython's algorithm): not the program's own. */
    CONDITION_SLEEPING("Condition.sleeping", Family.SEMAPHORE, true),
    CONDITION_WOKEN("Condition.woken", Family.SEMAPHORE, true),
    CONDITION_WAKEUP("Condition.wakeup", Family.SEMAPHORE, true),
    /** The semaphore an {@code Event} keeps its flag in. */
    EVENT_FLAG("Event.flag", Family.SEMAPHORE, true),
    VALUE("Value", Family.VALUE, false),
    QUEUE("Queue", Family.QUEUE, false),
    /** The {@code java.util.concurrent} classes a program uses, run on the coordinator's core. */
    REENTRANT_LOCK("ReentrantLock", Family.SEMAPHORE, false),
    /** Guards who reads and who writes a {@code ReentrantReadWriteLock}: held while a lock or unlock runs. */
    READ_WRITE_LOCK("ReentrantReadWriteLock", Family.SEMAPHORE, false),
    /** A {@code Semaphore}'s gate that lets one multi-permit acquire collect its permits at a time. */
    SEMAPHORE_MULTIPLE("Semaphore.multiple", Family.SEMAPHORE, true),
    /** A {@code CountDownLatch}'s gate: closed until the count reaches zero. */
    COUNT_DOWN_LATCH("CountDownLatch", Family.SEMAPHORE, false),
    /** Guards a {@code CountDownLatch}'s count. */
    COUNT_DOWN_LATCH_COUNT("CountDownLatch.count", Family.SEMAPHORE, true),
    /** The lock a {@code CyclicBarrier}'s parties arrive under. */
    CYCLIC_BARRIER("CyclicBarrier", Family.SEMAPHORE, false),
    /** The lock of a {@code java.util.concurrent} blocking queue. */
    ARRAY_BLOCKING_QUEUE("ArrayBlockingQueue", Family.SEMAPHORE, false),
    LINKED_BLOCKING_QUEUE("LinkedBlockingQueue", Family.SEMAPHORE, false),
    /** The lock of an {@code ExecutorService}'s queue of tasks. */
    EXECUTOR_QUEUE("ExecutorService.queue", Family.SEMAPHORE, false),
    /** Open once an {@code ExecutorService}'s task has ended: {@code Future.get} waits for it. */
    FUTURE("Future", Family.SEMAPHORE, false),
    /** Open once an {@code ExecutorService} has terminated: {@code awaitTermination} waits for it. */
    EXECUTOR_TERMINATION("ExecutorService.termination", Family.SEMAPHORE, false),
    /** Guards an {@code ExecutorService}'s workers and whether it is shut down. */
    EXECUTOR_STATE("ExecutorService.state", Family.SEMAPHORE, true),
    /** One direction of a {@code Pipe}: the messages sent from one end to the other. */
    PIPE("Pipe", Family.QUEUE, false),
    /** The free slots of a bounded {@code Queue} (CPython's BoundedSemaphore of maxsize). */
    QUEUE_SLOTS("Queue.slots", Family.SEMAPHORE, true),
    /** A {@code JoinableQueue}'s count of items without their task_done (CPython's semaphore). */
    QUEUE_UNFINISHED("JoinableQueue.unfinished", Family.SEMAPHORE, true),
    /** The tasks a {@code Pool}'s workers take. */
    POOL_TASKS("Pool.tasks", Family.QUEUE, false),
    /** Where a {@code Pool} task's result arrives, for its {@code AsyncResult}. */
    POOL_RESULT("Pool.result", Family.QUEUE, false),
    /** How many copies of one end of a {@code Pipe} processes hold open: at zero, the other end reads EOF. */
    PIPE_COPIES("Pipe.copies", Family.SEMAPHORE, true),
    /** What a {@code JoinableQueue}'s {@code join()} waits on: its condition's wake-up, named for the reader. */
    QUEUE_ALL_DONE("JoinableQueue.allTasksDone", Family.SEMAPHORE, true),
    /**
     * What a thread waits for in a {@code java.util.concurrent} class's condition (the wake-up
     * semaphore of its {@code Condition}), named so that a report says what it waits for.
     */
    ARRAY_BLOCKING_QUEUE_NOT_EMPTY("ArrayBlockingQueue.notEmpty", Family.SEMAPHORE, true),
    ARRAY_BLOCKING_QUEUE_NOT_FULL("ArrayBlockingQueue.notFull", Family.SEMAPHORE, true),
    LINKED_BLOCKING_QUEUE_NOT_EMPTY("LinkedBlockingQueue.notEmpty", Family.SEMAPHORE, true),
    LINKED_BLOCKING_QUEUE_NOT_FULL("LinkedBlockingQueue.notFull", Family.SEMAPHORE, true),
    EXECUTOR_QUEUE_NOT_EMPTY("ExecutorService.queue.notEmpty", Family.SEMAPHORE, true),
    EXECUTOR_QUEUE_NOT_FULL("ExecutorService.queue.notFull", Family.SEMAPHORE, true),
    CYCLIC_BARRIER_TRIP("CyclicBarrier.trip", Family.SEMAPHORE, true),
    READ_WRITE_LOCK_TURN("ReentrantReadWriteLock.turn", Family.SEMAPHORE, true),
    /** The monitor of a Java object, as {@code synchronized} and {@code wait/notify} use it (with the agent). */
    MONITOR("synchronized", Family.SEMAPHORE, false);

    private enum Family { SEMAPHORE, VALUE, QUEUE }

    private final String label;
    private final Family family;
    private final boolean internal;

    ObjectKind(String label, Family family, boolean internal) {
        this.label = label;
        this.family = family;
        this.internal = internal;
    }

    /** The prefix of the names of objects of this kind, as the program's author knows the class. */
    public String label() {
        return label;
    }

    /** Whether it is a lock or semaphore: something a task acquires and releases. */
    public boolean isSemaphore() {
        return family == Family.SEMAPHORE;
    }

    /** Whether only its owner may take it again without waiting ({@code RLock}, {@code ReentrantLock}, a monitor). */
    public boolean isRecursive() {
        return this == RLOCK || this == REENTRANT_LOCK || this == MONITOR;
    }

    /**
     * Whether the runtime made it as a part of a higher primitive (a {@code Condition}'s or an
     * {@code Event}'s semaphores), rather than the program as an object of its own: reports and
     * lock-order analyses leave such parts out.
     */
    public boolean isInternal() {
        return internal;
    }

    /** Whether it is a queue of opaque items: a {@code Queue}, one direction of a {@code Pipe}, a pool's. */
    public boolean isQueue() {
        return family == Family.QUEUE;
    }
}
