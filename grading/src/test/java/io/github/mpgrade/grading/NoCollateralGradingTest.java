package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradingRequest.CoverageOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise stopped at its share of the time, while its program's JVM cannot exit, costs the
 * next exercise nothing: that one's programs run on the same harness as if nothing happened.
 */
class NoCollateralGradingTest {
    @TempDir
    Path temp;

    @Test
    void anExerciseStoppedWhileItsProgramCannotExitCostsTheNextExerciseNothing() throws Exception {
        Submissions.Compiled hook = Submissions.compile("endless-hook", temp.resolve("endless-hook"));
        long start = System.nanoTime();
        GradeReport report = GradingSession.grade(GradingRequest.builder(Submissions.graderClassPath(), hook.classes(),
                        List.of(Submissions.runtime()), temp.resolve("out"))
                .checksPackage("io.github.mpgrade.grading.fixture.collateral")
                .systemProperty("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName")
                .timeLimit(Duration.ofSeconds(40)).coverage(CoverageOptions.off()).build(), GradingProgress.none());

        ExerciseReport stopped = exercise(report, "hook");
        ExerciseReport next = exercise(report, "next");
        assertAll(
                () -> assertNull(report.stoppedEarly(), "the grading itself ended in time"),
                () -> assertTrue(System.nanoTime() - start < Duration.ofSeconds(40).toNanos()),
                () -> assertEquals(0, stopped.score()),
                () -> assertTrue(stopped.checks().get(0).message().contains("used up its share"),
                        stopped.checks().get(0).message()),
                () -> assertEquals(5, next.score(), "the next exercise keeps its points: " + next.checks().get(0).message()));
    }

    private static ExerciseReport exercise(GradeReport report, String id) {
        return report.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no exercise " + id + " in " + report));
    }
}
