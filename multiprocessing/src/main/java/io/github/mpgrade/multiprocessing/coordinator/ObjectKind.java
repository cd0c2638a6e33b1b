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

    /** Whether only its owner may take it again without waiting ({@code RLock}, a monitor). */
    public boolean isRecursive() {
        return this == RLOCK || this == MONITOR;
    }

    /**
     * Whether the runtime made it as a part of a higher primitive (a {@code Condition}'s or an
     * {@code Event}'s semaphores), rather than the program as an object of its own: reports and
     * lock-order analyses leave such parts out.
     */
    public boolean isInternal() {
        return internal;
    }
}
