package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.util.Collection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Semaphore} whose permits are the coordinator's ({@code Semaphore-1} in the log): each
 * acquire and release is a step it schedules. A multi-permit acquire takes its permits one at a
 * time, behind a gate that lets one such acquire collect at a time, so two of them never hold
 * part of what each needs; unlike Java's, a thread that waits for several permits holds the ones
 * it already has. Java's negative initial permits are a debt that releases pay first. Java makes
 * hasQueuedThreads and getQueueLength final: they answer "nobody".
 */
public class ControlledSemaphore extends Semaphore {
    private static final long serialVersionUID = 1L;

    private final Permits permits;
    private final Permits multiple = Permits.mutex(ObjectKind.SEMAPHORE_MULTIPLE);
    private final AtomicInteger debt = new AtomicInteger();

    public ControlledSemaphore(int permits) {
        this(permits, false);
    }

    public ControlledSemaphore(int permits, boolean fair) {
        super(0, fair); // only so that isFair() says so: the JDK's own permits stay unused
        this.permits = Permits.create(ObjectKind.SEMAPHORE, Math.max(permits, 0), Integer.MAX_VALUE);
        this.debt.set(Math.max(-permits, 0));
    }

    @Override
    public void acquire() throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        permits.acquire();
    }

    @Override
    public void acquireUninterruptibly() {
        permits.acquire();
    }

    @Override
    public boolean tryAcquire() {
        return permits.tryAcquire();
    }

    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        return permits.tryAcquire(timeout, unit);
    }

    @Override
    public void release() {
        if (!payDebt()) {
            permits.release();
        }
    }

    @Override
    public void acquire(int count) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        acquireUninterruptibly(count);
    }

    @Override
    public void acquireUninterruptibly(int count) {
        checked(count);
        multiple.acquire();
        try {
            for (int i = 0; i < count; i++) {
                permits.acquire();
            }
        } finally {
            multiple.release();
        }
    }

    @Override
    public boolean tryAcquire(int count) {
        checked(count);
        if (!multiple.tryAcquire()) {
            return false; // another thread collects permits now: there are not enough for both
        }
        try {
            return takeAll(count, false, 0);
        } finally {
            multiple.release();
        }
    }

    @Override
    public boolean tryAcquire(int count, long timeout, TimeUnit unit) throws InterruptedException {
        checked(count);
        ControlledCondition.throwIfInterrupted();
        long deadline = System.nanoTime() + Math.min(unit.toNanos(timeout), Long.MAX_VALUE / 2); // no overflow
        if (!multiple.tryAcquire(timeout, unit)) {
            return false;
        }
        try {
            return takeAll(count, true, deadline);
        } finally {
            multiple.release();
        }
    }

    /** Takes {@code count} permits, all or none; if {@code timed}, each may wait until the deadline. */
    private boolean takeAll(int count, boolean timed, long deadline) {
        for (int taken = 0; taken < count; taken++) {
            long left = timed ? Math.max(deadline - System.nanoTime(), 0) : 0;
            if (!permits.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                for (int i = 0; i < taken; i++) {
                    permits.release();
                }
                return false;
            }
        }
        return true;
    }

    @Override
    public void release(int count) {
        checked(count);
        for (int i = 0; i < count; i++) {
            release();
        }
    }

    @Override
    public int availablePermits() {
        return permits.available() - debt.get();
    }

    @Override
    public int drainPermits() {
        int drained = 0;
        while (permits.tryAcquire()) {
            drained++;
        }
        return drained;
    }

    /** As Java's: fewer permits from now on, without waiting; below zero they become a debt. */
    @Override
    protected void reducePermits(int reduction) {
        checked(reduction);
        for (int i = 0; i < reduction; i++) {
            if (!permits.tryAcquire()) {
                debt.incrementAndGet();
            }
        }
    }

    private boolean payDebt() {
        for (int owed = debt.get(); owed > 0; owed = debt.get()) {
            if (debt.compareAndSet(owed, owed - 1)) {
                return true;
            }
        }
        return false;
    }

    private static void checked(int count) {
        if (count < 0) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    protected Collection<Thread> getQueuedThreads() {
        throw ControlledReentrantLock.unsupported("getQueuedThreads()");
    }

    /** As Java's: {@code [Permits = 2]}. */
    @Override
    public String toString() {
        return "Semaphore" + permits + "[Permits = " + availablePermits() + "]";
    }
}
