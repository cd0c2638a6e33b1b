package io.github.mpgrade.grading.grader;

import java.util.List;

/**
 * What the grader JVM is asked to do. It comes on the grader's stdin after the signing key, so
 * nothing of it shows in the command line or the environment that child JVMs could read.
 *
 * @param checksPackage       the package of checks to run
 * @param submissionClassPath the class path of the submission's programs (child JVMs only)
 * @param seed                the seed every schedule replays, or null for the checks' own seeds
 * @param resultsFile         where to write the signed results
 * @param timeLimitMillis     the grading's time limit, which the exercises share ({@link ExerciseClock})
 * @param schedules           how many schedules each safety property explores, or null for the harness's default
 * @param runsAtOnce          how many controlled runs an exploration makes at once, or null for one
 */
public record GraderJob(String checksPackage, List<String> submissionClassPath, Long seed, String resultsFile,
                        long timeLimitMillis, Integer schedules, Integer runsAtOnce) {
    public GraderJob {
        submissionClassPath = List.copyOf(submissionClassPath);
    }
}
