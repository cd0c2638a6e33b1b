package io.github.mpgrade.multiprocessing.internal.shm;

import java.nio.MappedByteBuffer;

/**
 * The state of one lock or semaphore of a free run, in one 64-bit word of shared memory, changed
 * only by compare-and-set: {@code permits} (bits 0-30, the free permits), {@code waiters} (bits
 * 31-43, tasks that registered to wait) and {@code version} (bits 44-63, counts every change of
 * the permits, modulo 2^20; the coordinator orders the drained events of one object by it).
 *
 * <p>The protocol, which neither loses a wake-up nor makes or loses a permit:
 * <ol>
 *   <li>Acquire: a task takes a free permit itself ({@link #take}); it never waits in shared
 *       memory. With no permit free it adds itself to {@code waiters} in the same compare-and-set
 *       that saw none free ({@link #takeOrRegister}), then asks the coordinator, which queues it
 *       (first come, first served) and sleeps it.
 *   <li>Release: a task adds its permit itself ({@link #release}); if the word it changed had
 *       waiters, it tells the coordinator (one one-way message). The coordinator, under its lock,
 *       hands free permits to the queued waiters in order ({@link #grant}: permit and waiter out
 *       in one compare-and-set) and answers each.
 *   <li>No lost wake-up: a waiter is counted in the word before its request is sent, so a release
 *       after the count tells the coordinator; the permit stays in the word until the coordinator
 *       grants it, even if the request comes after the release's message (the coordinator tries
 *       to grant whenever a request arrives). A release before the count changed the word, so the
 *       count's compare-and-set fails and the acquirer sees the permit.
 *   <li>Every waiter leaves the count exactly once, by the coordinator: granted ({@link #grant}),
 *       timed out, interrupted, or its process gone ({@link #leave}).
 * </ol>
 * A process killed between two of these steps leaves the word consistent: at worst a permit it
 * took (held by a dead process, as in Python) or a waiter count that stays one too high, which
 * only sends later releases through the coordinator.
 */
public final class SemWord {
    /** {@link #take}, {@link #release}, {@link #grant}: no permit was free, or none may be added. */
    public static final long REFUSED = -1;
    /** {@link #takeOrRegister}: no permit was free; the task now counts as a waiter. */
    public static final long REGISTERED = -2;
    /** Versions count modulo this. */
    public static final int VERSIONS = 1 << 20;
    /** The most tasks that may wait for one object at once. */
    public static final int MAX_WAITERS = (1 << 13) - 1;
    private static final long PERMITS = (1L << 31) - 1;
    private static final int WAITERS_SHIFT = 31;
    private static final int VERSION_SHIFT = 44;
    /** {@link #release}'s result has this bit set when the word had waiters. */
    public static final long HAD_WAITERS = 1L << 40;

    private final MappedByteBuffer buffer;
    private final int offset;

    SemWord(MappedByteBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
    }

    /** Sets the permits a new object starts with (the coordinator, before anyone knows the object). */
    public void init(int permits) {
        SharedSegment.LONGS.setVolatile(buffer, offset, (long) permits);
    }

    public int permits() {
        return permits(get());
    }

    public int waiters() {
        return waiters(get());
    }

    /** Takes a free permit. @return the new version, or {@link #REFUSED} if none was free */
    public long take() {
        for (long w = get(); ; w = get()) {
            if (permits(w) == 0) {
                return REFUSED;
            }
            long next = with(permits(w) - 1, waiters(w), version(w) + 1);
            if (cas(w, next)) {
                return version(next);
            }
        }
    }

    /**
     * Takes a free permit, or with none free counts the caller as a waiter.
     *
     * @return the new version, or {@link #REGISTERED}
     * @throws IllegalStateException if {@link #MAX_WAITERS} tasks wait already
     */
    public long takeOrRegister() {
        for (long w = get(); ; w = get()) {
            long next;
            if (permits(w) > 0) {
                next = with(permits(w) - 1, waiters(w), version(w) + 1);
            } else if (waiters(w) < MAX_WAITERS) {
                next = with(0, waiters(w) + 1, version(w));
            } else {
                throw new IllegalStateException("more than " + MAX_WAITERS + " tasks wait for one lock or semaphore");
            }
            if (cas(w, next)) {
                return permits(w) > 0 ? version(next) : REGISTERED;
            }
        }
    }

    /**
     * Adds a permit unless {@code max} are free already.
     *
     * @return the new version, with {@link #HAD_WAITERS} set if someone waits; or {@link #REFUSED}
     */
    public long release(int max) {
        for (long w = get(); ; w = get()) {
            if (permits(w) >= max) {
                return REFUSED;
            }
            long next = with(permits(w) + 1, waiters(w), version(w) + 1);
            if (cas(w, next)) {
                return version(next) | (waiters(w) > 0 ? HAD_WAITERS : 0);
            }
        }
    }

    /** The coordinator gives a free permit to a registered waiter. @return the new version, or {@link #REFUSED} */
    public long grant() {
        for (long w = get(); ; w = get()) {
            if (permits(w) == 0) {
                return REFUSED;
            }
            long next = with(permits(w) - 1, Math.max(0, waiters(w) - 1), version(w) + 1);
            if (cas(w, next)) {
                return version(next);
            }
        }
    }

    /** The coordinator takes a registered waiter out of the count without a permit. */
    public void leave() {
        for (long w = get(); ; w = get()) {
            if (waiters(w) == 0 || cas(w, with(permits(w), waiters(w) - 1, version(w)))) {
                return;
            }
        }
    }

    /** The version a result of {@link #release} carries. */
    public static int versionOf(long released) {
        return (int) (released & (VERSIONS - 1));
    }

    private long get() {
        return (long) SharedSegment.LONGS.getVolatile(buffer, offset);
    }

    private boolean cas(long expected, long next) {
        return SharedSegment.LONGS.compareAndSet(buffer, offset, expected, next);
    }

    private static int permits(long w) {
        return (int) (w & PERMITS);
    }

    private static int waiters(long w) {
        return (int) ((w >>> WAITERS_SHIFT) & MAX_WAITERS);
    }

    private static int version(long w) {
        return (int) (w >>> VERSION_SHIFT);
    }

    private static long with(int permits, int waiters, int version) {
        return permits | (long) waiters << WAITERS_SHIFT | (long) (version & (VERSIONS - 1)) << VERSION_SHIFT;
    }

    @Override
    public String toString() {
        long w = get();
        return "permits=" + permits(w) + " waiters=" + waiters(w) + " version=" + version(w);
    }
}
