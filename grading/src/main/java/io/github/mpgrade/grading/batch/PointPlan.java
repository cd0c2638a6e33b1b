package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every check of the grader with its points, learnt once per batch from grading an empty
 * submission, and only when needed: a submission that did not compile, or whose grading crashed
 * before any check finished, gets a report with every check and 0 points, so its row and its
 * feedback list what there was to earn.
 */
final class PointPlan {
    static final String NOT_RUN = "This check did not run: see why at the top.";

    private final Supplier<GradeReport> emptySubmissionGrading;
    private GradeReport plan;

    /** @param emptySubmissionGrading grades a submission without classes: every check, none passed */
    PointPlan(Supplier<GradeReport> emptySubmissionGrading) {
        this.emptySubmissionGrading = emptySubmissionGrading;
    }

    /** A report with every check, 0 points each, and why none ran. */
    synchronized GradeReport zeroReport(String whyNoCheckRan) {
        if (plan == null) {
            plan = emptySubmissionGrading.get();
        }
        return new GradeReport(plan.exercises().stream()
                .map(exercise -> new ExerciseReport(exercise.id(), exercise.checks().stream()
                        .map(check -> new CheckReport(check.id(), check.name(), 0, check.maxScore(), false, NOT_RUN,
                                null, Duration.ZERO))
                        .toList(), Duration.ZERO))
                .toList(), Duration.ZERO, plan.seed(), null, whyNoCheckRan);
    }
}
