package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCountDownLatch;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledSemaphore;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** What Java documents of Semaphore and CountDownLatch, printed one fact a line. */
public class SemaphoreAndLatchRules {
    public static void main(String[] args) throws InterruptedException {
        Semaphore semaphore = new ControlledSemaphore(3);
        semaphore.acquire();
        semaphore.acquire(2);
        System.out.println("after acquire() and acquire(2): " + semaphore.availablePermits() + " available, tryAcquire() = "
                + semaphore.tryAcquire() + ", tryAcquire(20 ms) = " + semaphore.tryAcquire(20, TimeUnit.MILLISECONDS));
        semaphore.release(2);
        System.out.println("after release(2): tryAcquire(3) = " + semaphore.tryAcquire(3) + ", still "
                + semaphore.availablePermits() + " available");
        System.out.println("tryAcquire(3, 20 ms) = " + semaphore.tryAcquire(3, 20, TimeUnit.MILLISECONDS)
                + ", tryAcquire(2, 20 ms) = " + semaphore.tryAcquire(2, 20, TimeUnit.MILLISECONDS) + ", then "
                + semaphore.availablePermits() + " available");
        semaphore.release(2);
        System.out.println("drainPermits() = " + semaphore.drainPermits() + ", then " + semaphore.availablePermits());
        semaphore.release(5);
        System.out.println("anyone may release, past the start: " + semaphore.availablePermits() + " available");
        Semaphore owing = new ControlledSemaphore(-1);
        owing.release();
        System.out.println("a semaphore made with -1 permits: after one release, tryAcquire() = " + owing.tryAcquire());
        owing.release();
        System.out.println("after a second release, tryAcquire() = " + owing.tryAcquire());

        CountDownLatch latch = new ControlledCountDownLatch(2);
        System.out.println("latch of 2: await(20 ms) = " + latch.await(20, TimeUnit.MILLISECONDS));
        Thread[] waiters = new Thread[2];
        for (int i = 0; i < waiters.length; i++) {
            int id = i;
            waiters[i] = new Thread(() -> {
                try {
                    latch.await();
                    System.out.println("waiter " + id + " passed, count " + latch.getCount());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            waiters[i].start();
        }
        latch.countDown();
        System.out.println("after one countDown(): count " + latch.getCount());
        latch.countDown();
        latch.countDown();
        for (Thread waiter : waiters) {
            waiter.join();
        }
        System.out.println("after three countDown(): count " + latch.getCount() + ", await(20 ms) = "
                + latch.await(20, TimeUnit.MILLISECONDS));
        System.out.println("a latch of 0 is open: " + new ControlledCountDownLatch(0).await(1, TimeUnit.MILLISECONDS));
    }
}
