package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.analysis.HappensBefore;
import io.github.mpgrade.harness.schedule.ExhaustiveSearch;
import io.github.mpgrade.harness.schedule.Strategy;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken ping-pongs are caught with a witness that replays; the correct one passes every bounded schedule. */
class PingPongAnalysisTest {
    private static final String PING_PONG = "io.github.mpgrade.harness.programs.PingPong";
    private static final List<String> EXPECTED = List.of("ping 10", "pong 10", "ping 11", "pong 11", "in main process: 10");
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    /** Wrong lines, or right lines whose order nothing enforced. */
    private static final Predicate<Run> BROKEN = run -> !run.completed() || !run.lines().equals(EXPECTED)
            || !HappensBefore.of(run.events()).unorderedConsecutiveOutputs().isEmpty();

    @ParameterizedTest(name = "{0} is caught")
    @ValueSource(strings = {"bothFree", "releaseBeforePrint", "singleLock"})
    void brokenVariantsAreCaughtWithAReplayingWitness(String variant) {
        Program program = Program.main(PING_PONG).args(variant, "2");
        Optional<Run> failing = harness.findFailure(program, Strategy.randomWalk(), 0, 10, BROKEN);
        Run run = failing.orElseThrow(() -> new AssertionError(variant + " passed 10 random schedules"));
        Witness witness = harness.confirm(run, 3, r -> BROKEN.test(r) ? Optional.of(r.lines()) : Optional.empty());
        assertTrue(witness.confirmed(), witness.note());
    }

    @Test
    void evenARunThatPrintedTheRightLinesExposesReleaseBeforePrintByItsCausalOrder() {
        Program program = Program.main(PING_PONG).args("releaseBeforePrint", "2");
        for (long seed = 0; seed < 10; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            if (run.lines().equals(EXPECTED)) {
                assertTrue(!HappensBefore.of(run.events()).unorderedConsecutiveOutputs().isEmpty(),
                        "lucky order not exposed, seed " + seed);
                return;
            }
        }
    }

    @Test
    void theCorrectPingPongPassesEveryScheduleOfABoundedExhaustiveSearch() {
        ExhaustiveSearch.Result result = ExhaustiveSearch.explore(harness, Program.main(PING_PONG).args("correct", "2"),
                1, 400, BROKEN);
        assertTrue(result.failure().isEmpty(), () -> "failed: " + result.failure().get().lines());
        assertTrue(result.complete(), "search cut short after " + result.runs() + " runs");
    }

    @Test
    void theCorrectPingPongHasEveryLineCausallyAfterThePreviousOne() {
        Run run = harness.run(Program.main(PING_PONG).args("correct", "3"), Strategy.pct(3, 60), 7);
        assertEquals(List.of("ping 10", "pong 10", "ping 11", "pong 11", "ping 12", "pong 12", "in main process: 10"),
                run.lines());
        assertEquals(List.of(), HappensBefore.of(run.events()).unorderedConsecutiveOutputs());
    }
}
