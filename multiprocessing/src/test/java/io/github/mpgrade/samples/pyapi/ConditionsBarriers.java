package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;
import static io.github.mpgrade.samples.pyapi.Checks.threads;

import io.github.mpgrade.multiprocessing.Barrier;
import io.github.mpgrade.multiprocessing.BrokenBarrierException;
import io.github.mpgrade.multiprocessing.Condition;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.SemLock;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** CPython's _TestCondition (notify(n), wait_for) and _TestBarrier, ported; parties are threads and processes. */
public class ConditionsBarriers {
    static final int N = 5;

    public static void main(String[] args) {
        check("notify_n", () -> { // _TestCondition.test_notify_n
            Lock lock = new Lock();
            Condition cond = new Condition(lock);
            Value<Integer> woken = new Value<>(0);
            List<Process> sleepers = new ArrayList<>();
            Queue<String> asleep = new Queue<>();
            for (int i = 0; i < 3; i++) {
                sleepers.add(new Process(() -> {
                    lock.acquire();
                    asleep.put("zz");
                    cond.await();
                    woken.set(woken.get() + 1);
                    lock.release();
                }));
            }
            sleepers.forEach(Process::start);
            for (int i = 0; i < 3; i++) {
                asleep.get();
            }
            lock.acquire(); // each sleeper put "zz" while holding the lock, so all three now wait
            cond.signal(2);
            lock.release();
            waitUntil(() -> woken.get() == 2);
            Time.sleep(100);
            expectEquals(2, woken.get());
            lock.acquire();
            cond.signal(0); // wakes none
            lock.release();
            Time.sleep(100);
            expectEquals(2, woken.get());
            lock.acquire();
            cond.signal(5); // fewer are waiting: wakes the one left
            lock.release();
            sleepers.forEach(Process::join);
            expectEquals(3, woken.get());
            lock.acquire();
            try {
                expectThrows(IllegalArgumentException.class, () -> cond.signal(-1));
            } finally {
                lock.release();
            }
            expectThrows(IllegalStateException.class, () -> cond.signal(1));
        });
        check("waitfor", () -> { // _TestCondition.test_waitfor
            Lock lock = new Lock();
            Condition cond = new Condition(lock);
            Value<Integer> state = new Value<>(-1);
            Process p = new Process(() -> {
                try (SemLock.Hold held = lock.hold()) {
                    state.set(0);
                    cond.signal();
                    if (!cond.waitFor(() -> state.get() == 4) || state.get() != 4) {
                        System.exit(1);
                    }
                }
            });
            p.setDaemon(true);
            p.start();
            try (SemLock.Hold held = lock.hold()) {
                expect(cond.waitFor(() -> state.get() == 0), "wait_for(state == 0)");
                expectEquals(0, state.get());
            }
            for (int i = 0; i < 4; i++) {
                Time.sleep(10);
                try (SemLock.Hold held = lock.hold()) {
                    state.set(state.get() + 1);
                    cond.signal();
                }
            }
            p.join();
            expectEquals(0, p.exitCode());
        });
        check("waitfor_timeout", () -> { // _TestCondition.test_waitfor_timeout
            Lock lock = new Lock();
            Condition cond = new Condition(lock);
            try (SemLock.Hold held = lock.hold()) {
                long start = System.nanoTime();
                expect(!cond.waitFor(() -> false, Duration.ofMillis(200)), "the predicate stays false");
                long millis = (System.nanoTime() - start) / 1_000_000;
                expect(millis >= 150, "waited about the timeout, not " + millis + " ms");
                expect(cond.waitFor(() -> true, Duration.ZERO), "a true predicate needs no wait");
            }
            expectThrows(IllegalStateException.class, () -> cond.waitFor(() -> true));
        });
        check("barrier", () -> { // _TestBarrier.test_barrier_10: lockstep
            Barrier barrier = new Barrier(N, Duration.ofSeconds(30));
            AtomicInteger[] phases = {new AtomicInteger(), new AtomicInteger()};
            List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            threads(N, i -> {
                for (int pass = 0; pass < 10; pass++) {
                    phases[0].incrementAndGet();
                    if (phases[1].get() != pass * N) {
                        errors.add("phase 1 too early");
                    }
                    barrier.await();
                    phases[1].incrementAndGet();
                    if (phases[0].get() != (pass + 1) * N) {
                        errors.add("phase 0 too early");
                    }
                    barrier.await();
                }
                if (barrier.getNumberWaiting() != 0 || barrier.isBroken()) {
                    errors.add("not clean after the passes");
                }
            });
            expectEquals(List.of(), errors);
        });
        check("wait_return", () -> { // _TestBarrier.test_wait_return
            Barrier barrier = new Barrier(N);
            Queue<Integer> indexes = new Queue<>();
            threads(N, i -> indexes.put(barrier.await()));
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                got.add(indexes.get());
            }
            got.sort(null);
            expectEquals(List.of(0, 1, 2, 3, 4), got);
        });
        check("action", () -> { // _TestBarrier.test_action, the parties are processes
            Value<Integer> ran = new Value<>(0);
            Barrier barrier = new Barrier(3, () -> ran.set(ran.get() + 1));
            List<Process> parties = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parties.add(new Process(() -> {
                    barrier.await();
                    if (ran.get() != 1) {
                        throw new IllegalStateException("the action did not run exactly once before the parties left");
                    }
                }));
            }
            parties.forEach(Process::start);
            for (Process p : parties) {
                p.join();
                expectEquals(0, p.exitCode());
            }
            expectEquals(1, ran.get());
        });
        check("action_throws", () -> {
            Barrier barrier = new Barrier(2, () -> {
                throw new IllegalStateException("action failed");
            });
            List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            threads(2, i -> {
                try {
                    barrier.await();
                } catch (BrokenBarrierException e) {
                    seen.add("broken");
                } catch (IllegalStateException e) {
                    seen.add(e.getMessage());
                }
            });
            seen.sort(null);
            expectEquals(List.of("action failed", "broken"), seen);
            expect(barrier.isBroken(), "broken after the action threw");
        });
        check("abort", () -> { // _TestBarrier.test_abort
            Barrier barrier = new Barrier(N, Duration.ofSeconds(30));
            AtomicInteger passed = new AtomicInteger();
            AtomicInteger broken = new AtomicInteger();
            threads(N, t -> {
                try {
                    int i = barrier.await();
                    if (i == N / 2) {
                        barrier.abort();
                        return;
                    }
                    barrier.await();
                    passed.incrementAndGet();
                } catch (BrokenBarrierException e) {
                    broken.incrementAndGet();
                }
            });
            expectEquals(0, passed.get());
            expectEquals(N - 1, broken.get());
            expect(barrier.isBroken(), "broken");
            BrokenBarrierException e = expectThrows(BrokenBarrierException.class, barrier::await);
            expect(e.getMessage().contains("aborted"), e.getMessage());
        });
        check("reset", () -> { // _TestBarrier.test_reset
            Barrier barrier = new Barrier(N, Duration.ofSeconds(30));
            AtomicInteger r1 = new AtomicInteger();
            AtomicInteger r2 = new AtomicInteger();
            AtomicInteger r3 = new AtomicInteger();
            threads(N, t -> {
                int i = barrier.await();
                if (i == N / 2) {
                    while (barrier.getNumberWaiting() < N - 1) {
                        Time.sleep(1);
                    }
                    barrier.reset();
                } else {
                    try {
                        barrier.await();
                        r1.incrementAndGet();
                    } catch (BrokenBarrierException e) {
                        r2.incrementAndGet();
                    }
                }
                barrier.await();
                r3.incrementAndGet();
            });
            expectEquals(List.of(0, N - 1, N), List.of(r1.get(), r2.get(), r3.get()));
        });
        check("abort_and_reset", () -> { // _TestBarrier.test_abort_and_reset
            Barrier barrier = new Barrier(N, Duration.ofSeconds(30));
            Barrier barrier2 = new Barrier(N);
            AtomicInteger r1 = new AtomicInteger();
            AtomicInteger r2 = new AtomicInteger();
            AtomicInteger r3 = new AtomicInteger();
            threads(N, t -> {
                try {
                    int i = barrier.await();
                    if (i == N / 2) {
                        throw new IllegalStateException();
                    }
                    barrier.await();
                    r1.incrementAndGet();
                } catch (BrokenBarrierException e) {
                    r2.incrementAndGet();
                } catch (IllegalStateException e) {
                    barrier.abort();
                }
                if (barrier2.await() == N / 2) {
                    barrier.reset();
                }
                barrier2.await();
                barrier.await();
                r3.incrementAndGet();
            });
            expectEquals(List.of(0, N - 1, N), List.of(r1.get(), r2.get(), r3.get()));
        });
        check("timeout", () -> { // _TestBarrier.test_timeout
            Barrier barrier = new Barrier(N, Duration.ofSeconds(30));
            AtomicInteger broken = new AtomicInteger();
            threads(N, t -> {
                int i = barrier.await();
                if (i == N / 2) {
                    Time.sleep(1000);
                }
                try {
                    barrier.await(Duration.ofMillis(500));
                } catch (BrokenBarrierException e) {
                    broken.incrementAndGet();
                }
            });
            expectEquals(N, broken.get());
        });
        check("default_timeout", () -> { // _TestBarrier.test_default_timeout
            Barrier barrier = new Barrier(N, Duration.ofMillis(500));
            AtomicInteger broken = new AtomicInteger();
            List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
            threads(N, t -> {
                int i = barrier.await(Duration.ofSeconds(30));
                if (i == N / 2) {
                    Time.sleep(1000);
                }
                try {
                    barrier.await();
                } catch (BrokenBarrierException e) {
                    broken.incrementAndGet();
                    messages.add(e.getMessage());
                }
            });
            expectEquals(N, broken.get());
            expect(messages.stream().allMatch(m -> m.contains("timed out after 500 ms")), messages.toString());
        });
        check("single_thread", () -> { // _TestBarrier.test_single_thread
            Barrier b = new Barrier(1);
            expectEquals(0, b.await());
            expectEquals(0, b.await());
        });
        check("barrier_refusals", () -> {
            expectThrows(IllegalArgumentException.class, () -> new Barrier(0));
            expectThrows(NullPointerException.class, () -> new Barrier(2, (Barrier.Action) null));
            expectThrows(NullPointerException.class, () -> new Barrier(2, (Duration) null));
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Time.sleep(10);
        }
    }
}
