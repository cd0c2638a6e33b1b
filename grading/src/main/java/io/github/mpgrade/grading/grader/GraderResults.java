package io.github.mpgrade.grading.grader;

import io.github.mpgrade.grading.report.html.Timeline;
import java.util.List;
import java.util.Map;

/**
 * What the grader JVM writes, signed, after each check and at the end.
 *
 * @param complete        whether every check has finished (false in a checkpoint)
 * @param checks          every check of the plan, finished or not, in the order they run
 * @param exerciseSeconds the time each exercise's checks took so far, setup included
 */
public record GraderResults(boolean complete, List<GradedCheck> checks, Map<String, Double> exerciseSeconds) {
    public GraderResults {
        checks = List.copyOf(checks);
        exerciseSeconds = Map.copyOf(exerciseSeconds);
    }

    /**
     * One check, as the harness graded it.
     *
     * @param finished whether it has finished; an unfinished check has no score yet
     * @param seconds  the time its test method took
     * @param timeline the run it failed on, as the HTML report draws it; or null
     */
    public record GradedCheck(String exercise, String id, String name, double score, double maxScore,
                              boolean passed, String message, Long seed, double seconds, boolean finished,
                              Timeline timeline) {
        /** A check with no run to draw. */
        public GradedCheck(String exercise, String id, String name, double score, double maxScore, boolean passed,
                           String message, Long seed, double seconds, boolean finished) {
            this(exercise, id, name, score, maxScore, passed, message, seed, seconds, finished, null);
        }
    }
}
