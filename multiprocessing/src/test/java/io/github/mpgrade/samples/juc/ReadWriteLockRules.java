package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCountDownLatch;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledReentrantReadWriteLock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** What Java documents of ReentrantReadWriteLock, printed one fact a line. */
public class ReadWriteLockRules {
    public static void main(String[] args) throws InterruptedException {
        ReentrantReadWriteLock rw = new ControlledReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        CountDownLatch reading = new ControlledCountDownLatch(1);
        CountDownLatch mayLeave = new ControlledCountDownLatch(1);
        Thread reader = new Thread(() -> {
            rw.readLock().lock();
            reading.countDown();
            await(mayLeave);
            rw.readLock().unlock();
        });
        reader.start();
        reading.await();
        System.out.println("two readers at once: read locks " + rw.getReadLockCount() + ", mine " + rw.getReadHoldCount());
        inAnotherThread(() -> System.out.println("a writer while they read: tryLock() = " + rw.writeLock().tryLock()
                + ", tryLock(20 ms) = " + tryFor(rw.writeLock(), 20)));
        rw.readLock().unlock();
        rw.readLock().unlock();
        mayLeave.countDown();
        reader.join();

        rw.writeLock().lock();
        rw.writeLock().lock();
        System.out.println("the writer holds it " + rw.getWriteHoldCount() + " times, write locked "
                + rw.isWriteLocked() + " by me " + rw.isWriteLockedByCurrentThread());
        inAnotherThread(() -> System.out.println("a reader while one writes: tryLock() = " + rw.readLock().tryLock()));
        rw.readLock().lock(); // the writer may read: the first step of a downgrade
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + ", read locks " + rw.getReadLockCount());
        inAnotherThread(() -> {
            boolean got = rw.readLock().tryLock();
            System.out.println("another reader after the downgrade: tryLock() = " + got);
            if (got) {
                rw.readLock().unlock();
            }
        });
        rw.readLock().unlock();
        System.out.println("a read unlock without a read lock: " + outcome(() -> rw.readLock().unlock()));
        System.out.println("a write unlock without the write lock: " + outcome(() -> rw.writeLock().unlock()));
    }

    static boolean tryFor(ReentrantReadWriteLock.WriteLock lock, long millis) {
        try {
            return lock.tryLock(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void inAnotherThread(Runnable body) throws InterruptedException {
        Thread thread = new Thread(body);
        thread.start();
        thread.join();
    }

    static String outcome(Runnable action) {
        try {
            action.run();
            return "returned";
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
