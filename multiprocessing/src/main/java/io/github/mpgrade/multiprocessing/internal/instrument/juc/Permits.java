package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One of the coordinator's semaphores, seen from the {@code java.util.concurrent} classes: each
 * take and give is a call the coordinator sees and, in a controlled run, schedules. The kind names
 * it in the log and in reports ({@code ReentrantLock-1}); a serialized one is the same semaphore.
 */
final class Permits implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int handle;

    private Permits(int handle) {
        this.handle = handle;
    }

    /** A new semaphore of {@code kind}; its site is the program's line that made the object. */
    static Permits create(ObjectKind kind, int value, int max) {
        String site = Callers.site();
        Reply reply = Client.get().call(Op.CREATE_SEM, false, frame -> frame.putByte((byte) kind.ordinal())
                .putInt(value).putInt(max).putString(site));
        return new Permits((int) reply.number());
    }

    /** A mutex of {@code kind}: one permit. */
    static Permits mutex(ObjectKind kind) {
        return create(kind, 1, 1);
    }

    /** A gate of {@code kind}: no permit until one is given. */
    static Permits closed(ObjectKind kind) {
        return create(kind, 0, Integer.MAX_VALUE);
    }

    void acquire() {
        take(Timeouts.FOREVER);
    }

    boolean tryAcquire() {
        return take(0);
    }

    /** Waits at most {@code time}; in a controlled run the scheduler decides when it times out. */
    boolean tryAcquire(long time, TimeUnit unit) {
        return take(millis(time, unit));
    }

    /** A Java timeout on the wire: 0 only tries, a sub-millisecond wait still waits. */
    static long millis(long time, TimeUnit unit) {
        return Timeouts.millis(Duration.ofNanos(unit.toNanos(time)));
    }

    boolean take(long millis) {
        return Client.get().call(Op.ACQUIRE, millis != 0, frame -> frame.putInt(handle).putLong(millis)).ok();
    }

    /**
     * Gives a permit back.
     *
     * @return null, or the coordinator's sentence on why it refused (a lock not held by the caller)
     */
    String release() {
        Reply reply = Client.get().call(Op.RELEASE, false, frame -> frame.putInt(handle));
        return reply.status() == Status.ILLEGAL_STATE ? reply.message() : null;
    }

    /** Gives a permit back; a refusal is Java's {@link IllegalMonitorStateException}. */
    void releaseOwned() {
        String refused = release();
        if (refused != null) {
            throw new IllegalMonitorStateException(refused);
        }
    }

    /** How many times the calling thread holds it (a question to the coordinator, not a step). */
    int heldByCaller() {
        return (int) state().number();
    }

    /** How many permits are free now (a question, not a step). */
    int available() {
        return (int) state().extra();
    }

    private Reply state() {
        return Client.get().call(Op.OWNED_DEPTH, false, frame -> frame.putInt(handle));
    }

    @Override
    public String toString() {
        return "#" + handle;
    }
}
