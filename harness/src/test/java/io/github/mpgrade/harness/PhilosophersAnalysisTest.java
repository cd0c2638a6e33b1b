package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.analysis.LockOrderGraph;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Deadlock-prone philosophers are caught for certain; the four safe designs are never flagged. */
class PhilosophersAnalysisTest {
    private static final String PHILOSOPHERS = "io.github.mpgrade.harness.programs.Philosophers";
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
    void symmetricPhilosophersHaveALockOrderCycleInAnyRunEvenOneThatDidNotDeadlock() {
        Run run = harness.run(Program.main(PHILOSOPHERS).args("symmetric", "5", "1"), Strategy.startOrders(), 1);
        List<LockOrderGraph.Cycle> cycles = LockOrderGraph.of(run.events()).cycles();
        assertEquals(1, cycles.size(), () -> cycles.toString());
        assertEquals(5, cycles.get(0).edges().size());
    }

    @Test
    void theDirectedSchedulerReachesTheSymmetricDeadlockOnEveryRunAndTheWitnessReplays() {
        Program program = Program.main(PHILOSOPHERS).args("symmetric", "5", "2");
        for (long seed = 0; seed < 5; seed++) {
            Run run = harness.run(program, Strategy.directed(), seed);
            DeadlockReport deadlock = run.deadlock().orElseThrow(() -> new AssertionError("no deadlock: " + run.lines()));
            assertEquals(5, deadlock.cycle().size(), deadlock.text());
            deadlock.cycle().forEach(wait -> assertTrue(wait.codeLine().startsWith(PHILOSOPHERS + "$Philosopher.run("),
                    wait.codeLine()));
            if (seed == 0) {
                Witness witness = harness.confirm(run, 3, r -> r.deadlock().map(DeadlockReport::text));
                assertTrue(witness.confirmed(), witness.note());
            }
        }
    }

    @ParameterizedTest(name = "{0} philosophers are never flagged")
    @ValueSource(strings = {"asymmetric", "lowerFirst", "butler", "gate"})
    void safeDesignsAreNeverFlaggedOverTwentyFiveSeeds(String variant) {
        Program program = Program.main(PHILOSOPHERS).args(variant, "3", "2");
        Strategy[] strategies = {Strategy.directed(), Strategy.randomWalk()};
        for (int seed = 0; seed < 25; seed++) {
            Run run = harness.run(program, strategies[seed % 2], seed);
            assertTrue(run.completed(), () -> variant + " seed " + run.seed() + ": " + run.deadlock().map(DeadlockReport::text));
            assertEquals("done", run.lines().get(run.lines().size() - 1));
            List<LockOrderGraph.Cycle> cycles = LockOrderGraph.of(run.events()).cycles();
            assertTrue(cycles.isEmpty(), () -> variant + " seed " + run.seed() + " flagged: " + cycles);
        }
    }

    @Test
    void aSeedAloneMakesTheSameRunAgain() {
        Program program = Program.main(PHILOSOPHERS).args("asymmetric", "3", "2");
        Run first = harness.run(program, Strategy.randomWalk(), 42);
        Run second = harness.run(program, Strategy.randomWalk(), 42);
        assertEquals(first.decisions(), second.decisions());
        assertEquals(first.signature(), second.signature());
        assertFalse(first.decisions().isEmpty());
    }
}
