package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.GradingRequest.CoverageOptions;
import io.github.mpgrade.grading.Scores;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grading mojo's configuration, checked and turned into a {@link GradingRequest}: the part of
 * a mojo worth testing without Maven.
 *
 * @param checksPackage    the package of checks
 * @param timeLimitSeconds the grader's wall-time limit
 * @param seed             replay this seed only, or null
 * @param failBelow        fail the build below this percentage, or null
 * @param jdk              the JDK home that runs the grader and the child JVMs, or null for Maven's own
 * @param coverage         whether to measure coverage
 * @param coverageIncludes the classes to measure
 * @param graderJvmOptions extra options of the grader JVM
 * @param childJvmOptions  extra options of each child JVM
 * @param systemProperties extra system properties of the grader JVM
 * @param classesDirectory the compiled classes to grade
 * @param sourceRoots      their sources
 * @param outputDirectory  where the reports go
 */
record GradeSettings(String checksPackage, int timeLimitSeconds, Long seed, Double failBelow, File jdk, boolean coverage,
                     String coverageIncludes, List<String> graderJvmOptions, List<String> childJvmOptions,
                     Map<String, String> systemProperties, File classesDirectory, List<String> sourceRoots,
                     File outputDirectory) {
    GradeSettings {
        graderJvmOptions = graderJvmOptions == null ? List.of() : List.copyOf(graderJvmOptions);
        childJvmOptions = childJvmOptions == null ? List.of() : List.copyOf(childJvmOptions);
        systemProperties = systemProperties == null ? Map.of() : Map.copyOf(systemProperties);
        sourceRoots = sourceRoots == null ? List.of() : List.copyOf(sourceRoots);
    }

    /**
     * @throws IllegalArgumentException with a sentence naming the setting that is wrong
     */
    GradingRequest toRequest(GraderClassPath grader) {
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("the time limit (mpgrade.timeLimit) must be a positive number of seconds,"
                    + " not " + timeLimitSeconds);
        }
        if (failBelow != null && (failBelow < 0 || failBelow > 100)) {
            throw new IllegalArgumentException("failBelow (mpgrade.failBelow) is a percentage from 0 to 100, not "
                    + failBelow);
        }
        GradingRequest.Builder request = GradingRequest.builder(grader.entries(), classesDirectory.toPath(),
                        List.of(grader.runtime()), outputDirectory.toPath())
                .checksPackage(checksPackage)
                .sourceDirectories(sourceRoots.stream().map(Path::of).toList())
                .timeLimit(Duration.ofSeconds(timeLimitSeconds))
                .seed(seed)
                .coverage(coverage ? CoverageOptions.of(coverageIncludes) : CoverageOptions.off())
                .graderJvmOptions(graderJvmOptions)
                .childJvmOptions(childJvmOptions);
        if (jdk != null) {
            request.jdk(jdk.toPath());
            if (!Files.isExecutable(request.build().javaExecutable())) {
                throw new IllegalArgumentException("the JDK (mpgrade.jdk) " + jdk + " has no bin/java: give the folder"
                        + " of a JDK 17 or newer, the one that holds bin/");
            }
        }
        systemProperties.forEach(request::systemProperty);
        return request.build();
    }

    /** Why the build fails, when the score is below {@code failBelow}. */
    Optional<String> belowThreshold(GradeReport report) {
        if (failBelow == null || report.percent() >= failBelow) {
            return Optional.empty();
        }
        return Optional.of("the score " + Scores.format(report.score()) + "/" + Scores.format(report.maxScore()) + " ("
                + Scores.format(report.percent()) + "%) is below mpgrade.failBelow=" + Scores.format(failBelow) + "%");
    }
}
