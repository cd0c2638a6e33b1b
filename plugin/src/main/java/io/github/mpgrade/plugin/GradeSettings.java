package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.GradingRequest.CoverageOptions;
import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grading mojo's configuration, checked and turned into a {@link GradingRequest}: the part of
 * a mojo worth testing without Maven.
 *
 * @param grader           the settings every goal that runs the grader has
 * @param failBelow        fail the build below this percentage, or null
 * @param coverage         whether to measure coverage
 * @param coverageIncludes the classes to measure
 * @param graderJvmOptions extra options of the grader JVM
 * @param childJvmOptions  extra options of each child JVM
 * @param systemProperties extra system properties of the grader JVM
 * @param classesDirectory the compiled classes to grade
 * @param sourceRoots      their sources
 * @param outputDirectory  where the reports go
 */
record GradeSettings(GraderSettings grader, Double failBelow, boolean coverage, String coverageIncludes,
                     List<String> graderJvmOptions, List<String> childJvmOptions, Map<String, String> systemProperties,
                     File classesDirectory, List<String> sourceRoots, File outputDirectory) {
    GradeSettings {
        graderJvmOptions = graderJvmOptions == null ? List.of() : List.copyOf(graderJvmOptions);
        childJvmOptions = childJvmOptions == null ? List.of() : List.copyOf(childJvmOptions);
        systemProperties = systemProperties == null ? Map.of() : Map.copyOf(systemProperties);
        sourceRoots = sourceRoots == null ? List.of() : List.copyOf(sourceRoots);
    }

    /**
     * @throws IllegalArgumentException with a sentence naming the setting that is wrong
     */
    GradingRequest toRequest(GraderClassPath graderClassPath, Sandbox sandbox) {
        grader.validate();
        if (failBelow != null && (failBelow < 0 || failBelow > 100)) {
            throw new IllegalArgumentException("failBelow (mpgrade.failBelow) is a percentage from 0 to 100, not "
                    + failBelow);
        }
        GradingRequest.Builder request = GradingRequest.builder(graderClassPath.entries(), classesDirectory.toPath(),
                        List.of(graderClassPath.runtime()), outputDirectory.toPath())
                .checksPackage(grader.checksPackage())
                .sourceDirectories(sourceRoots.stream().map(Path::of).toList())
                .seed(grader.seed())
                .schedules(grader.schedules())
                .coverage(coverage ? CoverageOptions.of(coverageIncludes) : CoverageOptions.off())
                .graderJvmOptions(graderJvmOptions)
                .childJvmOptions(childJvmOptions)
                .sandbox(sandbox);
        grader.timeLimit().ifPresent(request::timeLimit);
        grader.javaExecutable().ifPresent(request::javaExecutable);
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
