package io.github.mpgrade.grading.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reports one grading writes. Every grading writes {@code result.json},
 * {@code feedback.md} and {@code report.html}. The build of a student's project also writes what CI dashboards read
 * ({@code gradescope/results.json}, {@code junit/TEST-*.xml}) and what the CI or autograder around
 * it asks for; a batch writes only the three for each submission, with javac's errors in the
 * feedback of a submission that does not compile.
 *
 * @param projectBuild   the environment of a project's build; empty for a submission of a batch
 * @param compilerErrors javac's errors, for a submission that does not compile; else empty
 * @param sourceDirectories the submission's sources, where {@code report.html} reads the lines that made
 *                          each lock to name it as the code does; may be empty
 */
public record ReportSet(Optional<ReportEnvironment> projectBuild, Optional<String> compilerErrors,
                        List<Path> sourceDirectories) {
    public ReportSet {
        Objects.requireNonNull(projectBuild, "projectBuild");
        Objects.requireNonNull(compilerErrors, "compilerErrors");
        sourceDirectories = List.copyOf(sourceDirectories);
    }

    /** These reports, with the sources whose lines name the locks in {@code report.html}. */
    public ReportSet withSources(List<Path> directories) {
        return new ReportSet(projectBuild, compilerErrors, directories);
    }

    /** The reports of {@code mvn grade}, in this environment. */
    public static ReportSet projectBuild(ReportEnvironment environment) {
        return new ReportSet(Optional.of(environment), Optional.empty(), List.of());
    }

    /** The reports of a submission of a batch that compiled. */
    public static ReportSet batchSubmission() {
        return new ReportSet(Optional.empty(), Optional.empty(), List.of());
    }

    /** The reports of a submission of a batch that does not compile, with the compiler's errors. */
    public static ReportSet batchSubmissionNotCompiling(String compilerErrors) {
        return new ReportSet(Optional.empty(), Optional.of(compilerErrors), List.of());
    }
}
