package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classes composed from the coordinator's primitives (Pipe, Pool, JoinableQueue) deadlock
 * like any other: a controlled run ends with a report that names the objects and the student's
 * lines. And every call of the new API is a step, so a loop that polls one lets the others run.
 */
class PyApiControlledRunTest {
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    private static DeadlockReport deadlockOf(String program) {
        Run run = harness.run(Program.main("io.github.mpgrade.harness.programs." + program), Strategy.randomWalk(), 0);
        return run.deadlock().orElseThrow(() -> new AssertionError("no deadlock: " + run.lines()));
    }

    @Test
    void bothEndsOfAPipeWaitingInRecvIsADeadlockThatNamesThePipeAndTheLines() {
        String text = deadlockOf("PipeBothReceive").text();
        assertTrue(text.contains("MainProcess (thread main) waits for an item from Pipe-"), text);
        assertTrue(text.contains("Process-1 (thread main) waits for an item from Pipe-"), text);
        assertTrue(text.contains("(PipeBothReceive.java:14)"), text);
        assertTrue(text.contains("(PipeBothReceive.java:18)"), text);
    }

    @Test
    void aPoolTaskThatNeedsTheLockItsCallerHoldsIsADeadlockThroughTheResult() {
        String text = deadlockOf("PoolTaskNeedsCallersLock").text();
        assertTrue(text.contains("MainProcess (thread main) holds Lock-1 and waits for an item from Pool.result-1"), text);
        assertTrue(text.contains("PoolWorker-1 (thread main) waits for Lock-1"), text);
        assertTrue(text.contains("(PoolTaskNeedsCallersLock.java:18)"), text);
        assertTrue(text.contains("(PoolTaskNeedsCallersLock.java:9)"), text);
    }

    @Test
    void aConsumerThatForgetsTaskDoneLeavesTheProducerWaitingInJoin() {
        String text = deadlockOf("ForgottenTaskDone").text();
        assertTrue(text.contains("MainProcess (thread main) waits for JoinableQueue.allTasksDone-1"), text);
        assertTrue(text.contains("Process-1 (thread main) waits for an item from Queue-1"), text);
        assertTrue(text.contains("(ForgottenTaskDone.java:19)"), text);
        assertTrue(text.contains("(ForgottenTaskDone.java:12)"), text);
    }

    @Test
    void aLoopThatPollsAQueuesSizeIsControlledAndLetsTheProducerRun() {
        Run run = harness.run(Program.main("io.github.mpgrade.harness.programs.PollsUntilNotEmpty"),
                Strategy.randomWalk(), 0);
        assertTrue(run.completed(), () -> run.hang().map(Object::toString).orElse("") + run.lines());
        assertTrue(run.lines().contains("got item"), run.lines().toString());
    }
}
