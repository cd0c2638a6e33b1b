package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.io.Serializable;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A {@link Condition} of a controlled lock, built as the runtime's own Condition is (CPython's
 * algorithm): {@code sleeping} counts waiters, {@code wakeup} lets one through per signal,
 * {@code woken} tells the signaller a waiter went through or timed out, so a signal is never lost
 * and never wakes two. Its three semaphores are internal: reports list no one as holding them,
 * and a waiter waits for the wake-up one, named for what the waiter waits for
 * ({@code ArrayBlockingQueue.notEmpty-1}).
 *
 * <p>An interrupt is seen when {@code await} is entered; one that comes while the thread waits
 * does not end the wait (the coordinator's waits are not interruptible).
 */
final class ControlledCondition implements Condition, Serializable {
    private static final long serialVersionUID = 1L;

    private final Permits lock;
    private final Permits sleeping = Permits.closed(ObjectKind.CONDITION_SLEEPING);
    private final Permits woken = Permits.closed(ObjectKind.CONDITION_WOKEN);
    private final Permits wakeup;

    /** @param waitsFor the kind of the semaphore a waiter waits on, which names it in a deadlock report */
    ControlledCondition(Permits lock, ObjectKind waitsFor) {
        this.lock = lock;
        this.wakeup = Permits.closed(waitsFor);
    }

    @Override
    public void await() throws InterruptedException {
        throwIfInterrupted();
        awaitMillis(Timeouts.FOREVER);
    }

    @Override
    public void awaitUninterruptibly() {
        awaitMillis(Timeouts.FOREVER);
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        throwIfInterrupted();
        long start = System.nanoTime();
        if (!awaitMillis(Permits.millis(nanosTimeout, TimeUnit.NANOSECONDS))) {
            return 0;
        }
        return Math.max(1, nanosTimeout - (System.nanoTime() - start)); // signalled: some time is left
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        throwIfInterrupted();
        return awaitMillis(Permits.millis(time, unit));
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
        throwIfInterrupted();
        return awaitMillis(Permits.millis(deadline.getTime() - System.currentTimeMillis(), TimeUnit.MILLISECONDS));
    }

    /** Waits for a signal with the lock let go, at most {@code millis}; returns whether it was signalled. */
    private boolean awaitMillis(long millis) {
        int depth = lock.heldByCaller();
        if (depth == 0) {
            throw new IllegalMonitorStateException("await() needs the lock: call lock() before await()");
        }
        sleeping.release();
        for (int i = 0; i < depth; i++) {
            lock.releaseOwned();
        }
        try {
            return wakeup.take(millis);
        } finally {
            woken.release();
            for (int i = 0; i < depth; i++) {
                lock.acquire();
            }
        }
    }

    @Override
    public void signal() {
        wake(1, "signal()");
    }

    @Override
    public void signalAll() {
        wake(Integer.MAX_VALUE, "signalAll()");
    }

    private void wake(int count, String what) {
        if (lock.heldByCaller() == 0) {
            throw new IllegalMonitorStateException(what + " needs the lock: call lock() before " + what);
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
        for (int i = 0; i < sleepers; i++) {
            woken.acquire(); // each woken waiter (or one that timed out meanwhile) checks in
        }
        while (sleepers > 0 && wakeup.tryAcquire()) {
            // a wake-up left over by a waiter that timed out must not wake a later one
        }
    }

    static void throwIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}
