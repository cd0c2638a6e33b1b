package io.github.mpgrade.grading.grader;

import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.grader.GraderResults.GradedCheck;
import io.github.mpgrade.grading.report.html.TimelineBuilder;
import io.github.mpgrade.harness.junit.CheckObserver;
import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.PlannedCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows the checks as the harness's listener finishes them: tells the console one line per
 * finished check and hands out a checkpoint of every check after each, so that a grader stopped
 * at the time limit still has the results of the checks it finished.
 */
final class CheckTracker implements CheckObserver {
    private final Consumer<String> console;
    private final Consumer<GraderResults> checkpoint;
    /** Every check of the plan, in its order: unfinished until the listener gives its result. */
    private final List<GradedCheck> checks = new ArrayList<>();
    private final Map<String, Double> exerciseSeconds = new LinkedHashMap<>();

    /**
     * @param console    told one line per finished check
     * @param checkpoint told every check's state after each check finishes
     */
    CheckTracker(Consumer<String> console, Consumer<GraderResults> checkpoint) {
        this.console = console;
        this.checkpoint = checkpoint;
    }

    @Override
    public void planned(List<PlannedCheck> planned) {
        for (PlannedCheck check : planned) {
            checks.add(new GradedCheck(check.exercise(), check.id(), check.name(), 0, check.maxScore(), false, null,
                    null, 0, false));
        }
    }

    @Override
    public void finished(CheckResult result, Duration elapsed) {
        GradedCheck graded = new GradedCheck(result.exercise(), result.id(), result.name(), result.score(),
                result.maxScore(), result.passed(), result.message(), result.seed(), seconds(elapsed), true,
                result.failingRun().map(TimelineBuilder::of).orElse(null));
        checks.set(unfinished(result), graded);
        console.accept(progressLine(graded));
        checkpoint.accept(new GraderResults(false, checks, exerciseSeconds));
    }

    @Override
    public void classFinished(String exercise, Duration elapsed) {
        exerciseSeconds.merge(exercise, seconds(elapsed), Double::sum);
    }

    /** The final results: every check, as the listener finished it. */
    GraderResults complete() {
        return new GraderResults(true, checks, exerciseSeconds);
    }

    /** Where the plan has this check, still unfinished. */
    private int unfinished(CheckResult result) {
        for (int i = 0; i < checks.size(); i++) {
            GradedCheck check = checks.get(i);
            if (!check.finished() && check.exercise().equals(result.exercise()) && check.id().equals(result.id())) {
                return i;
            }
        }
        throw new IllegalStateException("the check " + result.exercise() + "/" + result.id()
                + " finished, but the plan has no such check left unfinished");
    }

    static String progressLine(GradedCheck check) {
        // A check worth 0 points is a note: it says something, and never costs any.
        String verdict = check.passed() ? "PASS" : check.maxScore() == 0 ? "NOTE" : "FAIL";
        return String.format(Locale.ROOT, "%s %s/%s  %s: %s", verdict,
                Scores.format(check.score()), Scores.format(check.maxScore()), check.exercise(), check.name());
    }

    private static double seconds(Duration elapsed) {
        return elapsed.toNanos() / 1e9;
    }
}
