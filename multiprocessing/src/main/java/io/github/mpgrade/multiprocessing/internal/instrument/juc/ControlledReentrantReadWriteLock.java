package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A {@link ReentrantReadWriteLock} kept as a monitor: who reads and who writes is state of this
 * object, guarded by a controlled lock ({@code ReentrantReadWriteLock-1} in the log), and every
 * wait is on that lock's condition, so each lock and unlock is a step the coordinator schedules.
 * Java's rules for the common use: many readers or one writer; both re-entrant; the writer may take
 * the read lock and then let the write lock go (downgrade); a reader asking for the write lock
 * waits for ever, as in Java. A new reader waits while a writer waits (Java's non-fair lock does
 * so too when the writer is first in line), so writers are not starved.
 *
 * <p>Not here: a Condition of the write lock, and the queue-monitoring methods (Java makes
 * hasQueuedThreads, hasQueuedThread and getQueueLength final: they answer "nobody").
 */
public class ControlledReentrantReadWriteLock extends ReentrantReadWriteLock {
    private static final long serialVersionUID = 1L;

    private final ControlledReentrantLock guard = new ControlledReentrantLock(false, ObjectKind.READ_WRITE_LOCK);
    private final Condition changed = guard.newCondition(ObjectKind.READ_WRITE_LOCK_TURN);
    private final ReadLock readLock = new ControlledReadLock(this);
    private final WriteLock writeLock = new ControlledWriteLock(this);
    // Guarded by guard.
    private final Map<Thread, Integer> readHolds = new HashMap<>();
    private int readers;
    private Thread writer;
    private int writeHolds;
    private int waitingWriters;

    public ControlledReentrantReadWriteLock() {
        this(false);
    }

    public ControlledReentrantReadWriteLock(boolean fair) {
        super(fair); // only so that isFair() says so: the JDK's own state stays unused
    }

    @Override
    public ReadLock readLock() {
        return readLock;
    }

    @Override
    public WriteLock writeLock() {
        return writeLock;
    }

    private boolean lockRead(long millis) {
        Thread me = Thread.currentThread();
        guard.lock();
        try {
            boolean reentering = writer == me || readHolds.containsKey(me);
            long deadline = deadline(millis);
            while (!reentering && (writer != null || waitingWriters > 0)) {
                if (!await(deadline)) {
                    return false;
                }
            }
            readHolds.merge(me, 1, Integer::sum);
            readers++;
            return true;
        } finally {
            guard.unlock();
        }
    }

    private void unlockRead() {
        Thread me = Thread.currentThread();
        guard.lock();
        try {
            Integer holds = readHolds.get(me);
            if (holds == null) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (holds == 1) {
                readHolds.remove(me);
            } else {
                readHolds.put(me, holds - 1);
            }
            if (--readers == 0) {
                changed.signalAll();
            }
        } finally {
            guard.unlock();
        }
    }

    private boolean lockWrite(long millis) {
        Thread me = Thread.currentThread();
        guard.lock();
        try {
            if (writer == me) {
                writeHolds++;
                return true;
            }
            long deadline = deadline(millis);
            waitingWriters++;
            try {
                while (writer != null || readers > 0) {
                    if (!await(deadline)) {
                        return false;
                    }
                }
            } finally {
                if (--waitingWriters == 0 && writer == null) {
                    changed.signalAll(); // readers held back for this writer may go on
                }
            }
            writer = me;
            writeHolds = 1;
            return true;
        } finally {
            guard.unlock();
        }
    }

    private void unlockWrite() {
        guard.lock();
        try {
            if (writer != Thread.currentThread()) {
                throw new IllegalMonitorStateException("attempt to unlock write lock, not locked by current thread");
            }
            if (--writeHolds == 0) {
                writer = null;
                changed.signalAll();
            }
        } finally {
            guard.unlock();
        }
    }

    /** When a wait of {@code millis} (a wire timeout) ends, on the clock of {@link System#nanoTime}. */
    private static long deadline(long millis) {
        return millis == Timeouts.FOREVER ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Waits for a change until the deadline; false once it has passed. */
    private boolean await(long deadline) {
        if (deadline == Long.MAX_VALUE) {
            changed.awaitUninterruptibly();
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            return changed.await(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e); // not thrown: the interrupt was checked before the wait began
        }
    }

    private <T> T read(Supplier<T> question) {
        guard.lock();
        try {
            return question.get();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public int getReadLockCount() {
        return read(() -> readers);
    }

    @Override
    public boolean isWriteLocked() {
        return read(() -> writer != null);
    }

    @Override
    public boolean isWriteLockedByCurrentThread() {
        return read(() -> writer == Thread.currentThread());
    }

    @Override
    public int getWriteHoldCount() {
        return read(() -> writer == Thread.currentThread() ? writeHolds : 0);
    }

    @Override
    public int getReadHoldCount() {
        return read(() -> readHolds.getOrDefault(Thread.currentThread(), 0));
    }

    @Override
    protected Thread getOwner() {
        throw ControlledReentrantLock.unsupported("getOwner()");
    }

    @Override
    protected Collection<Thread> getQueuedWriterThreads() {
        throw ControlledReentrantLock.unsupported("getQueuedWriterThreads()");
    }

    @Override
    protected Collection<Thread> getQueuedReaderThreads() {
        throw ControlledReentrantLock.unsupported("getQueuedReaderThreads()");
    }

    @Override
    protected Collection<Thread> getQueuedThreads() {
        throw ControlledReentrantLock.unsupported("getQueuedThreads()");
    }

    @Override
    public boolean hasWaiters(Condition condition) {
        throw ControlledReentrantLock.unsupported("hasWaiters(Condition)");
    }

    @Override
    public int getWaitQueueLength(Condition condition) {
        throw ControlledReentrantLock.unsupported("getWaitQueueLength(Condition)");
    }

    @Override
    protected Collection<Thread> getWaitingThreads(Condition condition) {
        throw ControlledReentrantLock.unsupported("getWaitingThreads(Condition)");
    }

    /** As Java's: the write count of this thread and the read count of all. */
    @Override
    public String toString() {
        return read(() -> "ReentrantReadWriteLock[Write locks = " + (writer == null ? 0 : writeHolds)
                + ", Read locks = " + readers + "]");
    }

    private static final class ControlledReadLock extends ReadLock {
        private static final long serialVersionUID = 1L;
        private final ControlledReentrantReadWriteLock owner;

        ControlledReadLock(ControlledReentrantReadWriteLock owner) {
            super(owner);
            this.owner = owner;
        }

        @Override
        public void lock() {
            owner.lockRead(Timeouts.FOREVER);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            ControlledCondition.throwIfInterrupted();
            owner.lockRead(Timeouts.FOREVER);
        }

        @Override
        public boolean tryLock() {
            return owner.lockRead(0);
        }

        @Override
        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            ControlledCondition.throwIfInterrupted();
            return owner.lockRead(Permits.millis(timeout, unit));
        }

        @Override
        public void unlock() {
            owner.unlockRead();
        }

        /** As Java's: a read lock has no Condition. */
        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return "ReentrantReadWriteLock.ReadLock[Read locks = " + owner.getReadLockCount() + "]";
        }
    }

    private static final class ControlledWriteLock extends WriteLock {
        private static final long serialVersionUID = 1L;
        private final ControlledReentrantReadWriteLock owner;

        ControlledWriteLock(ControlledReentrantReadWriteLock owner) {
            super(owner);
            this.owner = owner;
        }

        @Override
        public void lock() {
            owner.lockWrite(Timeouts.FOREVER);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            ControlledCondition.throwIfInterrupted();
            owner.lockWrite(Timeouts.FOREVER);
        }

        @Override
        public boolean tryLock() {
            return owner.lockWrite(0);
        }

        @Override
        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            ControlledCondition.throwIfInterrupted();
            return owner.lockWrite(Permits.millis(timeout, unit));
        }

        @Override
        public void unlock() {
            owner.unlockWrite();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("a Condition of a ReentrantReadWriteLock's write lock is not"
                    + " available under mpgrade's coordinator yet: use a ReentrantLock and its newCondition()");
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return owner.isWriteLockedByCurrentThread();
        }

        @Override
        public int getHoldCount() {
            return owner.getWriteHoldCount();
        }

        @Override
        public String toString() {
            return "ReentrantReadWriteLock.WriteLock[" + (owner.isWriteLocked() ? "Locked" : "Unlocked") + "]";
        }
    }
}
