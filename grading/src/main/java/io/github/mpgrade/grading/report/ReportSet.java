package io.github.mpgrade.grading.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Which reports one grading writes. Every grading writes {@code result.json} and
 * {@code feedback.md}. The build of a student's project also writes what CI dashboards read
 * ({@code gradescope/results.json}, {@code junit/TEST-*.xml}) and what the CI or autograder around
 * it asks for; a batch writes only the two for each submission, with javac's errors in the
 * feedback of a submission that does not compile.
 *
 * @param projectBuild   the environment of a project's build; empty for a submission of a batch
 * @param compilerErrors javac's errors, for a submission that does not compile; else empty
 */
public record ReportSet(Optional<ReportEnvironment> projectBuild, Optional<String> compilerErrors) {
    public ReportSet {
        Objects.requireNonNull(projectBuild, "projectBuild");
        Objects.requireNonNull(compilerErrors, "compilerErrors");
    }

    /** The reports of {@code mvn grade}, in this environment. */
    public static ReportSet projectBuild(ReportEnvironment environment) {
        return new ReportSet(Optional.of(environment), Optional.empty());
    }

    /** The reports of a submission of a batch that compiled. */
    public static ReportSet batchSubmission() {
        return new ReportSet(Optional.empty(), Optional.empty());
    }

    /** The reports of a submission of a batch that does not compile, with the compiler's errors. */
    public static ReportSet batchSubmissionNotCompiling(String compilerErrors) {
        return new ReportSet(Optional.empty(), Optional.of(compilerErrors));
    }
}
