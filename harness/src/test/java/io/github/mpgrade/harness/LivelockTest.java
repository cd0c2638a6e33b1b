package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.LivelockReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tasks that keep taking steps while nothing progresses end as a livelock in seconds, not at the step limit. */
class LivelockTest {
    @Test
    void aTaskThatRetriesALockItCanNeverGetIsALivelockNamingItsLoop() {
        try (Harness harness = Harness.forCurrentClassPath()) {
            long start = System.nanoTime();
            Run run = harness.run(Program.main("io.github.mpgrade.harness.programs.SpinsOnTryAcquire"),
                    Strategy.randomWalk(), 0);
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            LivelockReport livelock = run.livelock().orElseThrow(() -> new AssertionError("no livelock: " + run));
            assertFalse(run.completed());
            assertTrue(run.deadlock().isEmpty() && run.hang().isEmpty() && !run.stepLimited(), run.toString());
            assertEquals(1, livelock.loops().size(), livelock.text());
            LivelockReport.Loop loop = livelock.loops().get(0);
            assertEquals("Process-1", loop.task().processName(), livelock.text());
            assertTrue(loop.codeLine().startsWith("io.github.mpgrade.harness.programs.SpinsOnTryAcquire.lambda$main$"),
                    livelock.text());
            assertTrue(loop.repeats().get(0).startsWith("tryAcquire of Lock-1 ("), livelock.text());
            assertTrue(livelock.text().contains("Time.sleep ("), livelock.text());
            assertTrue(seconds < 15, "took " + seconds + " s");
            assertTrue(run.signature().get(run.signature().size() - 1).equals("livelock"), run.signature().toString());
        }
    }

    @Test
    void aLivelockReplaysAsOne() {
        try (Harness harness = Harness.forCurrentClassPath()) {
            Run run = harness.run(Program.main("io.github.mpgrade.harness.programs.SpinsOnTryAcquire"),
                    Strategy.randomWalk(), 3);
            Run again = harness.replay(run);
            assertEquals(run.livelock().map(LivelockReport::text), again.livelock().map(LivelockReport::text));
            assertEquals(run.signature(), again.signature());
        }
    }
}
