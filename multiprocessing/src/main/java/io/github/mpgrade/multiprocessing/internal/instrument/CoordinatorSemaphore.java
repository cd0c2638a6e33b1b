package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Op;

/**
 * A lock or semaphore the coordinator keeps, by its number: what monitors and their wait sets are
 * made of. The student API's {@code SemLock} is the same thing with a public face.
 */
final class CoordinatorSemaphore {
    private final int handle;

    CoordinatorSemaphore(int handle) {
        this.handle = handle;
    }

    /** A new semaphore of {@code kind} with {@code value} of {@code max} permits free. */
    static CoordinatorSemaphore create(ObjectKind kind, int value, int max) {
        String site = Callers.site();
        Reply reply = Client.get().call(Op.CREATE_SEM, false, frame -> frame.putByte((byte) kind.ordinal())
                .putInt(value).putInt(max).putString(site));
        return new CoordinatorSemaphore((int) reply.number());
    }

    int handle() {
        return handle;
    }

    /** Waits as long as it takes for a permit. */
    void acquire() {
        acquire(Timeouts.FOREVER);
    }

    /** Takes a permit, waiting at most {@code millis} ({@link Timeouts#FOREVER}: for ever; 0: only tries). */
    boolean acquire(long millis) {
        return take(millis).ok();
    }

    /** As {@link #acquire(long)}, with the whole answer: it may say an interrupt ended the wait. */
    Reply take(long millis) {
        return Client.get().call(Op.ACQUIRE, millis != 0, frame -> frame.putInt(handle).putLong(millis));
    }

    boolean tryAcquire() {
        return acquire(0);
    }

    /** Gives a permit back; null, or the coordinator's sentence why it may not. */
    String release() {
        Reply reply = Client.get().call(Op.RELEASE, false, frame -> frame.putInt(handle));
        return reply.ok() ? null : reply.message();
    }

    /** How many times the calling thread holds it (a monitor's depth); not a step of the program. */
    int depthHeldByCaller() {
        return (int) Client.get().call(Op.OWNED_DEPTH, false, frame -> frame.putInt(handle)).number();
    }
}
