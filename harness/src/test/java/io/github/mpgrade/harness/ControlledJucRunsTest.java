package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.analysis.LockOrderGraph;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The java.util.concurrent classes the agent puts into a program are the coordinator's own: a
 * controlled run schedules their every call, finds and explains their deadlocks, and replays.
 */
class ControlledJucRunsTest {
    private static final String OPPOSITE_LOCKS = "io.github.mpgrade.harness.programs.OppositeReentrantLocks";
    private static final String WORKSHOP = "io.github.mpgrade.harness.programs.JucWorkshop";
    private static final String PRODUCER_CONSUMER = "io.github.mpgrade.harness.programs.BlockingQueueProducerConsumer";
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    @Test
    void twoThreadsTakingTwoReentrantLocksInOppositeOrderDeadlock_andTheReportNamesBothLocksHoldersAndWaiters() {
        Program program = Program.main(OPPOSITE_LOCKS);
        Run run = harness.findFailure(program, Strategy.randomWalk(), 0, 20, r -> r.deadlock().isPresent())
                .orElseThrow(() -> new AssertionError("no schedule of 20 deadlocked"));
        DeadlockReport report = run.deadlock().orElseThrow();
        assertEquals(2, report.cycle().size(), report.text());
        Set<String> held = report.cycle().stream().flatMap(wait -> wait.holds().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("ReentrantLock-1", "ReentrantLock-2"), held, report.text());
        for (DeadlockReport.Wait wait : report.cycle()) {
            assertEquals(1, wait.holds().size(), report.text());
            String awaited = wait.holds().get(0).equals("ReentrantLock-1") ? "ReentrantLock-2" : "ReentrantLock-1";
            assertTrue(wait.waitsFor().startsWith(awaited), () -> wait + " in " + report.text());
            assertEquals(1, wait.heldBy().size(), report.text());
            assertTrue(wait.codeLine() != null && wait.codeLine().contains("OppositeReentrantLocks.both"),
                    () -> "the waiter's line: " + wait.codeLine());
        }
        assertEquals(report.text(), harness.replay(run).deadlock().map(DeadlockReport::text).orElse("no deadlock"));
    }

    @Test
    void aRunOfOppositeReentrantLocksThatEndsStillShowsTheirLockOrderCycle() {
        Program program = Program.main(OPPOSITE_LOCKS);
        Run completed = harness.findFailure(program, Strategy.randomWalk(), 0, 20, Run::completed)
                .orElseThrow(() -> new AssertionError("no schedule of 20 ended"));
        assertEquals(1, LockOrderGraph.of(completed.events()).cycles().size(), completed.lines().toString());
    }

    @Test
    void aProducerAndAConsumerOnAnArrayBlockingQueueOfOneGiveTheSameLogForTheSameSeedThreeTimes() {
        Program program = Program.main(PRODUCER_CONSUMER).args(4);
        for (long seed = 0; seed < 2; seed++) {
            Run first = harness.run(program, Strategy.randomWalk(), seed);
            assertTrue(first.completed(), () -> "seed " + first.seed() + ": " + first.deadlock()
                    .map(DeadlockReport::text).or(first::hang).orElse("step limit"));
            List<String> taken = first.lines().stream().filter(line -> line.startsWith("took")).toList();
            assertEquals(List.of("took 0", "took 1", "took 2", "took 3"), taken);
            assertTrue(first.eventsOf(TraceEvent.AcquireGrant.class).stream()
                    .anyMatch(grant -> grant.object().name().equals("ArrayBlockingQueue-1")), "the queue's lock is logged");
            for (int again = 2; again <= 3; again++) {
                Run run = harness.run(program, Strategy.randomWalk(), seed);
                assertEquals(first.decisions(), run.decisions(), "seed " + seed + ", run " + again);
                assertEquals(first.signature(), run.signature(), "seed " + seed + ", run " + again);
            }
        }
    }

    @Test
    void aPoolUsingEveryOtherClassEndsUnderEverySchedule_andEachOfItsSchedulesReplays() {
        Program program = Program.main(WORKSHOP);
        for (long seed = 0; seed < 3; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.deadlock()
                    .map(DeadlockReport::text).or(run::hang).orElse("step limit") + "\n" + run.lines());
            assertEquals(List.of("all at the barrier",
                    "worker 0 saw a total of at least 1: true",
                    "worker 1 saw a total of at least 2: true",
                    "worker 2 saw a total of at least 3: true",
                    "total 6, ids 3, terminated true"), run.lines());
            assertEquals(run.signature(), harness.replay(run).signature(), "replay of seed " + seed);
        }
    }

    @Test
    void aConsumerThatWaitsForAnItemNoOneWillPutIsReportedWaitingForTheQueueNotToBeEmpty_atItsLine() {
        Run run = harness.run(Program.main(PRODUCER_CONSUMER).args(2, 3), Strategy.randomWalk(), 0);
        DeadlockReport report = run.deadlock().orElseThrow(() -> new AssertionError("no deadlock: " + run.lines()));
        DeadlockReport.Wait consumer = report.waits().stream().filter(w -> w.task().threadName().equals("Thread-1"))
                .findFirst().orElseThrow(() -> new AssertionError(report.text()));
        assertEquals("ArrayBlockingQueue.notEmpty-1, a signal that no running task will give", consumer.waitsFor(),
                report.text());
        assertEquals(List.of(), consumer.heldBy(), "a thread that was woken before is not what it waits for");
        assertTrue(consumer.codeLine().contains("BlockingQueueProducerConsumer.take"), report.text());
    }
}
