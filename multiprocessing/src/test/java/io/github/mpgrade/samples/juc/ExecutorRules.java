package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCountDownLatch;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** What Java documents of the basic ExecutorServices, printed one fact a line. */
public class ExecutorRules {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = ControlledExecutors.newFixedThreadPool(2);
        AtomicInteger runs = new AtomicInteger();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                runs.incrementAndGet();
                return n * n;
            }));
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : futures) {
            results.add(future.get());
        }
        System.out.println("fixed pool of 2: results " + results + ", each task ran once: " + (runs.get() == 6));

        List<Callable<String>> named = List.of(() -> "x", () -> "y", () -> "z");
        List<String> all = new ArrayList<>();
        for (Future<String> future : pool.invokeAll(named)) {
            all.add(future.get());
        }
        System.out.println("invokeAll: " + all);

        Future<?> failing = pool.submit(() -> {
            throw new IllegalStateException("boom");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("a failing task: get() threw ExecutionException caused by \"" + e.getCause().getMessage()
                    + "\"");
        }

        CountDownLatch release = new ControlledCountDownLatch(1);
        Future<String> slow = pool.submit(() -> {
            release.await();
            return "slow done";
        });
        try {
            slow.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get(20 ms) of a waiting task threw TimeoutException, done " + slow.isDone());
        }
        release.countDown();
        System.out.println("then get() = " + slow.get());

        pool.shutdown();
        System.out.println("after shutdown(): shut down " + pool.isShutdown() + ", a new task "
                + outcome(() -> pool.execute(() -> { })));
        System.out.println("awaitTermination = " + pool.awaitTermination(10, TimeUnit.SECONDS) + ", terminated "
                + pool.isTerminated());

        ExecutorService single = ControlledExecutors.newSingleThreadExecutor();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            single.execute(() -> order.add(Thread.currentThread().getName() + ":" + n));
        }
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("single thread executor ran in order " + order);

        ExecutorService cached = ControlledExecutors.newCachedThreadPool();
        CountDownLatch both = new ControlledCountDownLatch(2);
        Future<?> first = cached.submit(() -> countDownAndAwait(both));
        Future<?> second = cached.submit(() -> countDownAndAwait(both));
        first.get();
        second.get();
        System.out.println("cached pool: two tasks that wait for each other both ended");
        List<Runnable> never = cached.shutdownNow();
        System.out.println("shutdownNow returned " + never.size() + " tasks, awaitTermination = "
                + cached.awaitTermination(10, TimeUnit.SECONDS));
    }

    static void countDownAndAwait(CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outcome(Runnable action) {
        try {
            action.run();
            return "was accepted";
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
