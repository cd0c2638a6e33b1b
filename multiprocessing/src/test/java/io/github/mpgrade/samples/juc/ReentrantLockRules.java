package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCountDownLatch;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledReentrantLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** What Java documents of ReentrantLock and its Condition, printed one fact a line. */
public class ReentrantLockRules {
    public static void main(String[] args) throws InterruptedException {
        ReentrantLock lock = new ControlledReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("after two lock(): hold count " + lock.getHoldCount() + ", held by me "
                + lock.isHeldByCurrentThread() + ", locked " + lock.isLocked());
        inAnotherThread(() -> {
            System.out.println("another thread: tryLock() = " + lock.tryLock() + ", held by it "
                    + lock.isHeldByCurrentThread());
            System.out.println("another thread: tryLock(50 ms) = " + tryLockFor(lock, 50));
            System.out.println("another thread: unlock() " + unlockOutcome(lock));
        });
        lock.unlock();
        System.out.println("after one unlock(): hold count " + lock.getHoldCount() + ", locked " + lock.isLocked());
        lock.unlock();
        System.out.println("after two unlock(): hold count " + lock.getHoldCount() + ", locked " + lock.isLocked());
        System.out.println("a third unlock() " + unlockOutcome(lock));

        Condition condition = lock.newCondition();
        System.out.println("await() without the lock " + outcome(condition::await));
        System.out.println("signal() without the lock " + outcome(condition::signal));
        lock.lock();
        long left = condition.awaitNanos(TimeUnit.MILLISECONDS.toNanos(30));
        System.out.println("awaitNanos(30 ms) with no signal returned a value <= 0: " + (left <= 0)
                + ", lock held again: " + lock.isHeldByCurrentThread());
        lock.unlock();

        ControlledCountDownLatch waiting = new ControlledCountDownLatch(1);
        boolean[] ready = new boolean[1];
        Thread waiter = new Thread(() -> {
            lock.lock();
            lock.lock(); // held twice: await lets go of both holds and takes both back
            try {
                waiting.countDown();
                while (!ready[0]) {
                    condition.awaitUninterruptibly();
                }
                System.out.println("the waiter woke holding the lock " + lock.getHoldCount() + " times");
            } finally {
                lock.unlock();
                lock.unlock();
            }
        });
        waiter.start();
        waiting.await();
        lock.lock(); // only possible once the waiter let the lock go in await
        ready[0] = true;
        condition.signal();
        System.out.println("main signalled while holding the lock");
        lock.unlock();
        waiter.join();
        System.out.println("done, locked " + lock.isLocked());
    }

    static void inAnotherThread(Runnable body) throws InterruptedException {
        Thread thread = new Thread(body);
        thread.start();
        thread.join();
    }

    static boolean tryLockFor(ReentrantLock lock, long millis) {
        try {
            return lock.tryLock(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unlockOutcome(ReentrantLock lock) {
        return outcome(lock::unlock);
    }

    interface Action {
        void run() throws Exception;
    }

    static String outcome(Action action) {
        try {
            action.run();
            return "returned";
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
