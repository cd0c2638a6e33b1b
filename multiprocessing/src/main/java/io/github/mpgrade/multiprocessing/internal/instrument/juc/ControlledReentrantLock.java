package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ReentrantLock} whose every lock, unlock and await is a call to the coordinator (an
 * RLock of the coordinator's core, named {@code ReentrantLock-1} in the log and in reports). The
 * agent makes a program's {@code new ReentrantLock(...)} one of these. The JDK superclass's own
 * state is never used: each method that would read it is overridden, but for the three Java makes
 * final (see {@link #getOwner()}).
 *
 * <p>Fairness is the scheduler's: the coordinator grants waiters first come, first served, so a
 * fair and a non-fair lock behave alike. An interrupt is seen when a wait begins, not during it.
 */
public class ControlledReentrantLock extends ReentrantLock {
    private static final long serialVersionUID = 1L;

    private final Permits permits;

    public ControlledReentrantLock() {
        this(false);
    }

    public ControlledReentrantLock(boolean fair) {
        this(fair, ObjectKind.REENTRANT_LOCK);
    }

    /**
     * A lock named as the object it guards ({@code CyclicBarrier-1}, {@code ArrayBlockingQueue-1});
     * re-entrant only if the kind is, and the classes that use one never take it twice.
     */
    ControlledReentrantLock(boolean fair, ObjectKind kind) {
        super(fair); // only so that isFair() says so: the JDK's own state stays unused
        this.permits = Permits.mutex(kind);
    }

    @Override
    public void lock() {
        permits.acquire();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        permits.acquire();
    }

    @Override
    public boolean tryLock() {
        return permits.tryAcquire();
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        return permits.tryAcquire(timeout, unit);
    }

    /** @throws IllegalMonitorStateException if the calling thread does not hold it, as Java's */
    @Override
    public void unlock() {
        permits.releaseOwned();
    }

    @Override
    public Condition newCondition() {
        return newCondition(ObjectKind.CONDITION_WAKEUP);
    }

    /** A condition whose waiters wait for a semaphore of {@code waitsFor} ({@code CyclicBarrier.trip}). */
    Condition newCondition(ObjectKind waitsFor) {
        return new ControlledCondition(permits, waitsFor);
    }

    @Override
    public int getHoldCount() {
        return permits.heldByCaller();
    }

    @Override
    public boolean isHeldByCurrentThread() {
        return permits.heldByCaller() > 0;
    }

    @Override
    public boolean isLocked() {
        return permits.available() == 0;
    }

    /**
     * Who waits is the coordinator's to know: these monitoring questions have no answer here (Java
     * makes hasQueuedThreads, hasQueuedThread and getQueueLength final: they answer "nobody").
     */
    @Override
    protected Thread getOwner() {
        throw unsupported("getOwner()");
    }

    @Override
    protected Collection<Thread> getQueuedThreads() {
        throw unsupported("getQueuedThreads()");
    }

    @Override
    public boolean hasWaiters(Condition condition) {
        throw unsupported("hasWaiters(Condition)");
    }

    @Override
    public int getWaitQueueLength(Condition condition) {
        throw unsupported("getWaitQueueLength(Condition)");
    }

    @Override
    protected Collection<Thread> getWaitingThreads(Condition condition) {
        throw unsupported("getWaitingThreads(Condition)");
    }

    static UnsupportedOperationException unsupported(String method) {
        return new UnsupportedOperationException(method + " is not available while the program runs under mpgrade's"
                + " coordinator: it watches the waiting threads itself. Use tryLock() or your own counter instead.");
    }

    /** As Java's: {@code [Locked by thread main]}, here {@code [Locked]} or {@code [Unlocked]} (no owner's name). */
    @Override
    public String toString() {
        return "ReentrantLock" + permits + (isLocked() ? "[Locked]" : "[Unlocked]");
    }
}
