package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exploration spends a budget of schedules, not of runs of a fixed strategy: it stops at the
 * first witness, at the count or at the time, says how many schedules it ran and which strategy
 * found the witness, and a seed alone makes the witness again. Judged on SCTBench's reorder with 4
 * setters, whose bug needs the checker to run between one setter's two blocks.
 */
class ExplorationTest {
    private static final Program REORDER = Program.main("io.github.mpgrade.samples.threads.Reorder").args(4);
    private static final Predicate<Run> TORN = run -> run.lines().contains("torn");
    private static Harness harness;
    private static Exploration.Result found;
    private static int judged;

    @BeforeAll
    static void exploreUntilTheFirstWitness() {
        harness = Harness.forCurrentClassPath();
        AtomicInteger runs = new AtomicInteger();
        found = harness.explore(REORDER, Budget.schedules(60), run -> {
            runs.incrementAndGet();
            return TORN.test(run);
        });
        judged = runs.get();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    @Test
    void theExplorationStopsAtTheFirstWitness_andSaysHowManySchedulesItRanAndWhichStrategyFoundIt() {
        Run witness = found.witness().orElseThrow(() -> new AssertionError("no torn read in " + found.schedules() + " schedules"));
        assertEquals(judged, found.schedules(), "every schedule run was judged, none after the witness");
        assertTrue(found.schedules() < 60, "stopped at the witness, not at the count: " + found.schedules());
        assertEquals((int) witness.seed() + 1, found.schedules(), "the witness was the last schedule run");
        assertEquals(Optional.of(witness.strategy()), found.foundBy());
        assertTrue(witness.strategy().startsWith("portfolio: "), witness.strategy());
    }

    @Test
    void theWitnessIsConfirmedByReplayingItsSchedule() {
        Run witness = found.witness().orElseThrow();
        Witness confirmed = harness.confirm(witness, 2, run -> TORN.test(run) ? Optional.of("torn") : Optional.empty());
        assertTrue(confirmed.confirmed(), confirmed.note());
    }

    @Test
    void aReplayedSeedRunsOnlyItsSchedule_whichIsTheWitnessAgain() {
        Run witness = found.witness().orElseThrow();
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        try (Harness replaying = Harness.forClassPath(classPath, OptionalLong.of(witness.seed()))) {
            Exploration.Result again = replaying.explore(REORDER, Budget.schedules(60), TORN);
            assertEquals(1, again.schedules());
            assertEquals(witness.decisions(), again.witness().orElseThrow().decisions());
            assertEquals(witness.strategy(), again.witness().orElseThrow().strategy());
        }
    }

    @Test
    void anExplorationWithThreeRunsAtOnceFindsTheSameWitness() {
        Run witness = found.witness().orElseThrow();
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        try (Harness threeAtOnce = Harness.forClassPath(classPath, OptionalLong.empty(), 3)) {
            Exploration.Result again = threeAtOnce.explore(REORDER, Budget.schedules(60), TORN);
            assertEquals(found.schedules(), again.schedules());
            assertEquals(witness.seed(), again.witness().orElseThrow().seed());
            assertEquals(witness.decisions(), again.witness().orElseThrow().decisions());
        }
    }

    @Test
    void theExplorationStopsAtTheCount_orOnceItsTimeHasPassed() {
        assertEquals(3, harness.explore(REORDER, Budget.schedules(3), run -> false).schedules());
        Exploration.Result timed = harness.explore(REORDER, Budget.schedules(60).within(Duration.ZERO), run -> false);
        assertEquals(1, timed.schedules(), "the first schedule runs whatever the time");
        assertEquals(Optional.empty(), timed.witness());
    }

    @Test
    void posFindsTheTornReadWithinTenSchedules_whereAFixedOrderNeverDoes() {
        assertTrue(harness.findFailure(REORDER, Strategy.pos(), 0, 10, TORN).isPresent());
        Run fixedOrder = harness.execute(REORDER, "first enabled", 0, (enabled, step) -> enabled.get(0));
        assertTrue(fixedOrder.completed());
        assertFalse(TORN.test(fixedOrder), "a fixed order makes one schedule, and not this one");
    }
}
