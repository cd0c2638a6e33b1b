package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of the grader that every goal running it shares ({@link AbstractGraderMojo}),
 * checked: what {@link GradeSettings} and {@link BatchSettings} build on.
 *
 * @param checksPackage    the package of checks
 * @param timeLimitSeconds the wall-time limit of one grading, or null for the goal's default
 * @param seed             replay this seed only, or null
 * @param jdk              the JDK home that runs the grader and the child JVMs, or null for Maven's own
 * @param schedules        how many schedules each safety property explores, or null for the harness's default
 */
record GraderSettings(String checksPackage, Integer timeLimitSeconds, Long seed, File jdk, Integer schedules) {
    /**
     * @throws IllegalArgumentException with a sentence naming the setting that is wrong
     */
    void validate() {
        if (timeLimitSeconds != null && timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("the time limit (mpgrade.timeLimit) must be a positive number of seconds,"
                    + " not " + timeLimitSeconds);
        }
        if (jdk != null && !Files.isExecutable(GradingRequest.javaOf(jdk.toPath()))) {
            throw new IllegalArgumentException("the JDK (mpgrade.jdk) " + jdk + " has no bin/java: give the folder"
                    + " of a JDK 17 or newer, the one that holds bin/");
        }
        if (schedules != null && schedules < 1) {
            throw new IllegalArgumentException("the number of schedules each property explores (" + GradingConfiguration.SCHEDULES
                    + ") must be at least 1, not " + schedules + ": give e.g. -D" + GradingConfiguration.SCHEDULES
                    + "=50, or leave it out for the default of " + GradingConfiguration.DEFAULT_SCHEDULES);
        }
    }

    /** The time limit, if one is given. */
    Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds);
    }

    /** The {@code java} of the JDK, if one is given. */
    Optional<Path> javaExecutable() {
        return Optional.ofNullable(jdk).map(home -> GradingRequest.javaOf(home.toPath()));
    }
}
