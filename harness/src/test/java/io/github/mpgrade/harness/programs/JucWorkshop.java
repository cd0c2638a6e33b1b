package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCountDownLatch;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCyclicBarrier;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledExecutors;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledLinkedBlockingQueue;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledReentrantReadWriteLock;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledSemaphore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Three pool workers use every other controlled class at once: a barrier they all pass, a
 * semaphore of two permits, a read-write lock around a shared total, a queue of results and a
 * latch main waits on; futures and termination end it.
 */
public class JucWorkshop {
    public static void main(String[] args) throws Exception {
        int workers = 3;
        ExecutorService pool = ControlledExecutors.newFixedThreadPool(workers);
        CyclicBarrier start = new ControlledCyclicBarrier(workers, () -> System.out.println("all at the barrier"));
        Semaphore seats = new ControlledSemaphore(2);
        ReentrantReadWriteLock totalLock = new ControlledReentrantReadWriteLock();
        int[] total = new int[1];
        BlockingQueue<String> results = new ControlledLinkedBlockingQueue<>();
        CountDownLatch finished = new ControlledCountDownLatch(workers);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int id = w;
            futures.add(pool.submit(() -> {
                start.await();
                seats.acquire();
                try {
                    totalLock.writeLock().lock();
                    try {
                        total[0] += id + 1;
                    } finally {
                        totalLock.writeLock().unlock();
                    }
                } finally {
                    seats.release();
                }
                totalLock.readLock().lock();
                try {
                    results.put("worker " + id + " saw a total of at least " + (id + 1) + ": " + (total[0] >= id + 1));
                } finally {
                    totalLock.readLock().unlock();
                }
                finished.countDown();
                return id;
            }));
        }
        finished.await();
        int sum = 0;
        for (Future<Integer> future : futures) {
            sum += future.get();
        }
        List<String> lines = new ArrayList<>();
        results.drainTo(lines);
        lines.sort(null);
        lines.forEach(System.out::println);
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            // in a controlled run a timed wait ends when the scheduler says so: wait again
        }
        System.out.println("total " + total[0] + ", ids " + sum + ", terminated " + pool.isTerminated());
    }
}
