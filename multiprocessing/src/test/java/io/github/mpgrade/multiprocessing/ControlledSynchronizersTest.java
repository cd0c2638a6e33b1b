package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.samples.juc.BarrierRules;
import io.github.mpgrade.samples.juc.SemaphoreAndLatchRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agent's Semaphore, CountDownLatch and CyclicBarrier keep Java's documented rules under the coordinator. */
class ControlledSynchronizersTest {

    @Test
    void aSemaphoreCountsPermitsAndALatchOpensAtZeroForEveryWaiter() throws Exception {
        try (Programs.Launched program = Programs.launch(SemaphoreAndLatchRules.class)) {
            program.awaitEnd().assertSucceeded();
            List<String> lines = program.lines();
            assertEquals(List.of(
                    "after acquire() and acquire(2): 0 available, tryAcquire() = false, tryAcquire(20 ms) = false",
                    "after release(2): tryAcquire(3) = false, still 2 available",
                    "tryAcquire(3, 20 ms) = false, tryAcquire(2, 20 ms) = true, then 0 available",
                    "drainPermits() = 2, then 0",
                    "anyone may release, past the start: 5 available",
                    "a semaphore made with -1 permits: after one release, tryAcquire() = false",
                    "after a second release, tryAcquire() = true",
                    "latch of 2: await(20 ms) = false",
                    "after one countDown(): count 1"), lines.subList(0, 9));
            assertEquals(Set.of("waiter 0 passed, count 0", "waiter 1 passed, count 0"), Set.copyOf(lines.subList(9, 11)));
            assertEquals(List.of(
                    "after three countDown(): count 0, await(20 ms) = true",
                    "a latch of 0 is open: true"), lines.subList(11, lines.size()));
        }
    }

    @Test
    void aBarrierRunsItsActionOncePerRoundAndBreaksOnATimeoutUntilReset() throws Exception {
        try (Programs.Launched program = Programs.launch(BarrierRules.class)) {
            program.awaitEnd().assertSucceeded();
            List<String> lines = program.lines();
            assertEquals("two rounds of 3 parties: the action ran 2 times, arrival indexes [0, 0, 1, 1, 2, 2],"
                    + " parties 3, broken false", lines.get(0));
            assertEquals(Set.of(
                    "a party waiting when the barrier broke: threw BrokenBarrierException",
                    "await(20 ms) with 2 of 3 parties threw TimeoutException, broken true"), Set.copyOf(lines.subList(1, 3)));
            assertEquals(List.of(
                    "await() on the broken barrier: threw BrokenBarrierException",
                    "after reset(): broken false, waiting 0",
                    "a failing action: the last party got \"the action failed\", broken true"),
                    lines.subList(3, lines.size()));
        }
    }
}
