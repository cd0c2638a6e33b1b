package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.FastPath;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.Serializable;
import java.time.Duration;

/**
 * The one cross-process synchronizer under {@link Lock}, {@link RLock}, {@link Semaphore} and
 * {@link BoundedSemaphore} (CPython's {@code SemLock}): a counter of permits with an optional
 * maximum, kept by the coordinator. The subclasses differ only in their constructor arguments.
 * Serializing one sends only its number, so every process that receives it uses the same one.
 *
 * <p>In a free run the coordinator keeps the permits of a Lock, Semaphore or BoundedSemaphore in
 * shared memory, and an RLock's too (its depth kept by the owning thread): a call that need not
 * wait then never leaves the process ({@link FastPath}). Every call of a controlled run goes
 * through the coordinator.
 */
public abstract sealed class SemLock implements Serializable permits Lock, RLock, Semaphore {
    private static final long serialVersionUID = 1L;

    private final int handle;
    private final String name;
    private final int max;
    /** Whether its permits live in shared memory (the coordinator decides, at its creation). */
    private final boolean shared;
    /** An RLock: its owner may take it again. */
    private final boolean recursive;

    SemLock(ObjectKind kind, int value, int max) {
        String site = Callers.site();
        // in a free run it may live in shared memory: the coordinator says whether it does
        Op create = Client.isControlled() ? Op.CREATE_SEM : Op.SHM_CREATE_SEM;
        Reply reply = Client.get().call(create, false, frame -> frame.putByte((byte) kind.ordinal())
                .putInt(value).putInt(max).putString(site));
        this.handle = (int) reply.number();
        this.name = kind.label() + "#" + handle;
        this.max = max;
        this.shared = reply.extra() == 1;
        this.recursive = kind.isRecursive();
    }

    /** Takes a permit, waiting as long as it takes. */
    public final void acquire() {
        take(Timeouts.FOREVER);
    }

    /** Takes a permit if one is free now; never waits. */
    public final boolean tryAcquire() {
        return take(0);
    }

    /**
     * Takes a permit, waiting at most {@code timeout}.
     *
     * @return whether it got one
     */
    public final boolean acquire(Duration timeout) {
        return take(Timeouts.millis(timeout));
    }

    /** Takes a permit, waiting at most {@code millis} (the wire's timeout: -1 for ever, 0 only tries). */
    final boolean take(long millis) {
        if (shared) {
            return recursive ? FastPath.get().acquireRecursive(handle, millis) : FastPath.get().acquire(handle, millis);
        }
        return Client.get().call(Op.ACQUIRE, millis != 0, frame -> frame.putInt(handle).putLong(millis)).ok();
    }

    /**
     * Gives a permit back.
     *
     * @throws IllegalStateException if the release is not allowed (see the subclass)
     */
    public final void release() {
        if (shared && (recursive ? FastPath.get().releaseRecursive(handle) : FastPath.get().release(handle, max))) {
            return;
        }
        // not in shared memory, or refused there: then the coordinator says why, in its words
        Client.get().call(Op.RELEASE, false, frame -> frame.putInt(handle)).orThrow();
    }

    /** How many times the calling thread holds this now (an RLock's depth; 1 for a Lock it took). */
    final int heldByCaller() {
        return (int) Client.get().call(Op.OWNED_DEPTH, false, frame -> frame.putInt(handle)).number();
    }

    /** How many permits are free now. */
    final int freePermits() {
        if (shared) {
            return FastPath.get().permits(handle);
        }
        return (int) Client.get().call(Op.COUNT, false, frame -> frame.putInt(handle)).number();
    }

    /**
     * Python's {@code with lock:}: acquires, and returns what releases it once closed, for
     * {@code try (var held = lock.hold()) { ... }}.
     */
    public final Hold hold() {
        acquire();
        return new Hold(this);
    }

    /** A permit taken by {@link #hold()}; closing it releases the permit once. */
    public static final class Hold implements AutoCloseable {
        private final SemLock lock;
        private boolean closed;

        private Hold(SemLock lock) {
            this.lock = lock;
        }

        /** Releases the permit; a second close does nothing. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                lock.release();
            }
        }
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
