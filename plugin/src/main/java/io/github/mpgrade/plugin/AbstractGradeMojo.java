package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradingException;
import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.GradingSession;
import io.github.mpgrade.grading.report.ConsoleTable;
import io.github.mpgrade.grading.report.GitHubClassroom;
import io.github.mpgrade.grading.report.ReportEnvironment;
import io.github.mpgrade.grading.report.ReportSet;
import io.github.mpgrade.grading.report.Reports;
import io.github.mpgrade.grading.report.html.HtmlReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Grades the project's compiled classes in a grader JVM and writes every report to
 * {@code target/mpgrade}. The build succeeds whenever grading ran, whatever the score, unless
 * {@code failBelow} is set; it stops with an error only when grading could not run.
 */
abstract class AbstractGradeMojo extends AbstractGraderMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skip grading. */
    @Parameter(property = "mpgrade.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build when the score is below this percentage (0 to 100). */
    @Parameter(property = "mpgrade.failBelow")
    private Double failBelow;

    /** Whether to measure which lines of the submission the grading runs executed (JaCoCo). */
    @Parameter(property = "mpgrade.coverage", defaultValue = "true")
    private boolean coverage;

    /** The classes whose coverage is measured, JaCoCo patterns separated by {@code :}. */
    @Parameter(property = "mpgrade.coverageIncludes", defaultValue = GradingRequest.CoverageOptions.DEFAULT_INCLUDES)
    private String coverageIncludes;

    /** Extra options of the grader JVM, such as {@code -Xmx512m}. */
    @Parameter(property = "mpgrade.graderJvmOptions")
    private List<String> graderJvmOptions;

    /** Extra options of every program's JVM; none may contain a space. */
    @Parameter(property = "mpgrade.childJvmOptions")
    private List<String> childJvmOptions;

    /** Extra system properties of the grader JVM. */
    @Parameter
    private Map<String, String> systemProperties;

    /** The compiled classes to grade. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Where the reports go. */
    @Parameter(property = "mpgrade.outputDirectory", defaultValue = "${project.build.directory}/mpgrade", required = true)
    private File outputDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Grading skipped (mpgrade.skip).");
            return;
        }
        GradeSettings settings = new GradeSettings(graderSettings(), failBelow, coverage, coverageIncludes,
                graderJvmOptions, childJvmOptions, systemProperties, classesDirectory, project.getCompileSourceRoots(),
                outputDirectory);
        GraderClassPath grader = resolveGrader();
        GradingRequest request;
        try {
            request = settings.toRequest(grader, sandbox());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("mpgrade cannot grade: " + e.getMessage());
        }
        getLog().info("Grading " + project.getArtifactId() + " with " + graderTests()
                + (request.seed() == null ? "" : ", replaying seed " + request.seed())
                + (request.schedules() == null ? "" : ", " + request.schedules() + " schedules per property"));
        GradeReport report;
        try {
            report = GradingSession.grade(request, line -> getLog().info("  " + line));
        } catch (GradingException e) {
            throw new MojoExecutionException("mpgrade could not grade " + project.getArtifactId() + ": " + e.getMessage(), e);
        }
        ReportEnvironment environment = ReportEnvironment.current();
        List<Path> written;
        try {
            written = Reports.write(report, outputDirectory.toPath(), ReportSet.projectBuild(environment)
                    .withSources(project.getCompileSourceRoots().stream().map(Path::of).toList()));
        } catch (IOException e) {
            throw new MojoExecutionException("mpgrade cannot write its reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("");
        ConsoleTable.lines(report).forEach(getLog()::info);
        getLog().info("");
        Path feedback = outputDirectory.toPath().resolve("feedback.md");
        getLog().info(report.checks().stream().allMatch(GradeReport.CheckReport::passed)
                ? "Every check passed. The reports are in " + outputDirectory
                : "What went wrong, in full, with the command that replays it: " + feedback);
        if (!report.checks().stream().allMatch(GradeReport.CheckReport::passed)) {
            getLog().info("Each failure drawn step by step (open it in a browser): "
                    + outputDirectory.toPath().resolve(HtmlReport.FILE_NAME));
        }
        getLog().debug("Reports: " + written);
        if (environment.githubActions()) {
            // Workflow commands must start the line, so they bypass Maven's log prefix.
            GitHubClassroom.notices(report).forEach(System.out::println);
        }
        Optional<String> failure = settings.belowThreshold(report);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
