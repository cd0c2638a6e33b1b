package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.io.Serializable;
import java.time.Duration;

/**
 * A condition variable over a {@link Lock} or {@link RLock}, shared by processes and threads.
 * Built, as in CPython, from the lock and three semaphores: {@code sleeping} counts waiters,
 * {@code wakeup} lets one through per signal, {@code woken} tells the signaller that a waiter
 * went through (or timed out), so a signal is never lost and never wakes two.
 */
public final class Condition implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SemLock lock;
    private final Semaphore sleeping = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.CONDITION_SLEEPING);
    private final Semaphore woken = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.CONDITION_WOKEN);
    private final Semaphore wakeup = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.CONDITION_WAKEUP);

    public Condition(Lock lock) {
        this.lock = java.util.Objects.requireNonNull(lock, "lock");
    }

    public Condition(RLock lock) {
        this.lock = java.util.Objects.requireNonNull(lock, "lock");
    }

    /** Releases the lock, waits for a signal, and takes the lock again before returning. */
    public void await() {
        awaitMillis(Timeouts.FOREVER);
    }

    /**
     * As {@link #await()}, waiting at most {@code timeout} for the signal.
     *
     * @return false if the time ran out (the lock is held again either way)
     */
    public boolean await(Duration timeout) {
        return awaitMillis(Timeouts.millis(timeout));
    }

    boolean awaitMillis(long millis) {
        int depth = lock.heldByCaller();
        if (depth == 0) {
            throw new IllegalStateException("must acquire() the condition's lock before await()");
        }
        sleeping.release();
        for (int i = 0; i < depth; i++) {
            lock.release();
        }
        try {
            if (millis == Timeouts.FOREVER) {
                wakeup.acquire();
                return true;
            }
            return wakeup.acquire(Duration.ofMillis(millis));
        } finally {
            woken.release();
            for (int i = 0; i < depth; i++) {
                lock.acquire();
            }
        }
    }

    /** Wakes one waiting task, if any. The lock must be held. */
    public void signal() {
        notify(1, "signal()");
    }

    /** Wakes every waiting task. The lock must be held. */
    public void signalAll() {
        notify(Integer.MAX_VALUE, "signalAll()");
    }

    private void notify(int count, String what) {
        if (lock.heldByCaller() == 0) {
            throw new IllegalStateException("must acquire() the condition's lock before " + what);
        }
        // Waiters that timed out since the last signal are no longer sleeping: forget them.
        while (woken.tryAcquire()) {
            sleeping.tryAcquire();
        }
        int sleepers = 0;
        while (sleepers < count && sleeping.tryAcquire()) {
            wakeup.release();
            sleepers++;
        }
        if (sleepers > 0) {
            for (int i = 0; i < sleepers; i++) {
                woken.acquire(); // each woken waiter (or one that timed out meanwhile) checks in
            }
            while (wakeup.tryAcquire()) {
                // a wake-up left over by a waiter that timed out must not wake a later one
            }
        }
    }

    @Override
    public String toString() {
        return "<Condition on " + lock + ">";
    }
}
