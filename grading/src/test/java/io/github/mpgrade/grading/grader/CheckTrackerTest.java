package io.github.mpgrade.grading.grader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.grader.GraderResults.GradedCheck;
import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.PlannedCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader's record of the checks, told by the harness's listener as each finishes. */
class CheckTrackerTest {
    private final List<String> console = new ArrayList<>();
    private final List<GraderResults> checkpoints = new ArrayList<>();
    private final CheckTracker tracker = new CheckTracker(console::add, checkpoints::add);

    @Test
    void eachFinishedCheckGetsAProgressLineAndACheckpointOfThePlanWithTheRestUnfinished() {
        tracker.planned(List.of(new PlannedCheck("pingpong", "alternates", "the lines alternate", 5),
                new PlannedCheck("pingpong", "exits", "both exit with 0", 2)));
        tracker.finished(new CheckResult("pingpong", "exits", "both exit with 0", 0, 2, false, "pong exited with 1", 4L),
                Duration.ofMillis(1500));
        tracker.classFinished("pingpong", Duration.ofSeconds(3));
        tracker.finished(new CheckResult("pingpong", "alternates", "the lines alternate", 5, 5, true, null, null),
                Duration.ofMillis(250));

        GradedCheck exits = new GradedCheck("pingpong", "exits", "both exit with 0", 0, 2, false, "pong exited with 1",
                4L, 1.5, true);
        GraderResults afterFirst = checkpoints.get(0);
        GraderResults complete = tracker.complete();
        assertAll(
                () -> assertEquals(List.of("FAIL 0/2  pingpong: both exit with 0", "PASS 5/5  pingpong: the lines alternate"),
                        console),
                () -> assertEquals(2, checkpoints.size()),
                () -> assertFalse(afterFirst.complete()),
                () -> assertEquals(List.of(new GradedCheck("pingpong", "alternates", "the lines alternate", 0, 5, false,
                        null, null, 0, false), exits), afterFirst.checks(), "the plan's order, the first check unfinished"),
                () -> assertTrue(complete.complete()),
                () -> assertEquals(List.of(new GradedCheck("pingpong", "alternates", "the lines alternate", 5, 5, true,
                        null, null, 0.25, true), exits), complete.checks()),
                () -> assertEquals(3.0, complete.exerciseSeconds().get("pingpong")));
    }

    @Test
    void aCheckThePlanDoesNotHaveIsAnError() {
        tracker.planned(List.of(new PlannedCheck("pingpong", "alternates", "the lines alternate", 5)));

        assertThrows(IllegalStateException.class, () -> tracker.finished(
                new CheckResult("counter", "counts", "the counter is 10", 1, 1, true, null, null), Duration.ZERO));
    }
}
