package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

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
    /** What a waiter waits on, so a deadlock report names what it waits for. */
    private final Semaphore wakeup;

    public Condition(Lock lock) {
        this(lock, ObjectKind.CONDITION_WAKEUP);
    }

    public Condition(RLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.wakeup = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.CONDITION_WAKEUP);
    }

    /** A condition that is part of another class, whose waiters a report shows waiting on {@code waitsOn}. */
    Condition(Lock lock, ObjectKind waitsOn) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.wakeup = new Semaphore(0, Integer.MAX_VALUE, waitsOn);
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

    /**
     * Wakes at most {@code n} waiting tasks (Python's {@code notify(n)}); 0 wakes none. The lock
     * must be held.
     */
    public void signal(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("signal(n) wakes n waiting tasks: n must be >= 0, not " + n);
        }
        notify(n, "signal(" + n + ")");
    }

    /**
     * Python's {@code wait_for}: with the lock held, waits until {@code predicate} is true, checking
     * it again after every wake-up. The predicate runs here, in the calling process.
     *
     * @return the predicate's last value: true
     */
    public boolean waitFor(BooleanSupplier predicate) {
        return waitUntil(predicate, Timeouts.FOREVER);
    }

    /**
     * As {@link #waitFor(BooleanSupplier)}, giving up once {@code timeout} has passed since the
     * call (counted across all the waits).
     *
     * @return the predicate's last value: false if time ran out first (the lock is held either way)
     */
    public boolean waitFor(BooleanSupplier predicate, Duration timeout) {
        return waitUntil(predicate, Timeouts.millis(timeout));
    }

    private boolean waitUntil(BooleanSupplier predicate, long millis) {
        Objects.requireNonNull(predicate, "predicate");
        if (lock.heldByCaller() == 0) {
            throw new IllegalStateException("must acquire() the condition's lock before waitFor()");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(millis, 0));
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long left = millis == Timeouts.FOREVER ? Timeouts.FOREVER
                    : Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            boolean signalled = millis != 0 && awaitMillis(left);
            result = predicate.getAsBoolean();
            if (!signalled) {
                break; // the time is up (a wait that timed out, on the wall clock or the virtual one)
            }
        }
        return result;
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
