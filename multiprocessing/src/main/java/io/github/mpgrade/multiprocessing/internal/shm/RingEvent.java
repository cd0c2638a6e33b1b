package io.github.mpgrade.multiprocessing.internal.shm;

/**
 * What a task did to a lock, semaphore or Value of a free run without asking the coordinator, as
 * one record of its process's {@link EventRing}. Each becomes the events the coordinator would
 * have logged had the call gone through it. A versioned event changed the permits or counted a
 * Value's version; its version orders it among the events of the same object.
 */
public enum RingEvent {
    /** Took a free permit at once: a request and its grant. */
    TOOK(true),
    /** A try found no permit free: a request and its timeout. */
    TRY_FAILED(false),
    /** Found no permit free and asked the coordinator: a request, granted or timed out later. */
    WAITING(false),
    /** The coordinator granted the wait. */
    GRANTED(true),
    /** The wait ran out. */
    TIMED_OUT(false),
    /** Gave a permit back. */
    RELEASED(true),
    /** An RLock's owner took it once more: a request and its grant; the word is unchanged. */
    REENTERED(false),
    /** An RLock's owner released one of its holds, not the last; the word is unchanged. */
    LEFT(false),
    /** Read a Value's {@link SharedCell}: the record carries the content read. */
    VALUE_GET(true),
    /** Replaced a Value's content in its {@link SharedCell}: the record carries the new content. */
    VALUE_SET(true);

    private static final RingEvent[] ALL = values();

    public final boolean versioned;

    RingEvent(boolean versioned) {
        this.versioned = versioned;
    }

    /** Whether the event is a Value's (its object has a cell), not a lock's or semaphore's (a word). */
    public boolean onValue() {
        return this == VALUE_GET || this == VALUE_SET;
    }

    /** The event with this code, or null for a code no runtime writes. */
    public static RingEvent of(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
