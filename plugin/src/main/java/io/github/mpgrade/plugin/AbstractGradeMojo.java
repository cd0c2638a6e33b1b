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
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * Grades the project's compiled classes in a grader JVM and writes every report to
 * {@code target/mpgrade}. The build succeeds whenever grading ran, whatever the score, unless
 * {@code failBelow} is set; it stops with an error only when grading could not run.
 */
abstract class AbstractGradeMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Component
    private RepositorySystem repositorySystem;

    /** Skip grading. */
    @Parameter(property = "mpgrade.skip", defaultValue = "false")
    private boolean skip;

    /** The checks, {@code groupId:artifactId:version}; by default the assignment's, of this plugin's version. */
    @Parameter(property = "mpgrade.graderTests", defaultValue = "io.github.mpgrade:grader-tests:${plugin.version}")
    private String graderTests;

    /** The package of the checks to run, with its subpackages. */
    @Parameter(property = "mpgrade.checksPackage", defaultValue = GradingRequest.DEFAULT_CHECKS_PACKAGE)
    private String checksPackage;

    /** Seconds after which grading stops; the checks that did not finish get no points. */
    @Parameter(property = "mpgrade.timeLimit", defaultValue = "300")
    private int timeLimit;

    /** Replays only the schedules of this seed, the one a failure's message names. */
    @Parameter(property = "mpgrade.seed")
    private Long seed;

    /** Fails the build when the score is below this percentage (0 to 100). */
    @Parameter(property = "mpgrade.failBelow")
    private Double failBelow;

    /** The JDK home that runs the grader and every program it starts; Maven's own by default. */
    @Parameter(property = "mpgrade.jdk")
    private File jdk;

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
        GradeSettings settings = new GradeSettings(checksPackage, timeLimit, seed, failBelow, jdk, coverage,
                coverageIncludes, graderJvmOptions, childJvmOptions, systemProperties, classesDirectory,
                project.getCompileSourceRoots(), outputDirectory);
        GraderClassPath grader = GraderClassPath.resolve(repositorySystem, repositorySession,
                project.getRemoteProjectRepositories(), graderTests,
                plugin.getGroupId() + ":grading:" + plugin.getVersion());
        GradingRequest request;
        try {
            request = settings.toRequest(grader);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("mpgrade cannot grade: " + e.getMessage());
        }
        getLog().info("Grading " + project.getArtifactId() + " with " + graderTests
                + (seed == null ? "" : ", replaying seed " + seed));
        GradeReport report;
        try {
            report = GradingSession.grade(request, line -> getLog().info("  " + line));
        } catch (GradingException e) {
            throw new MojoExecutionException("mpgrade could not grade " + project.getArtifactId() + ": " + e.getMessage(), e);
        }
        ReportEnvironment environment = ReportEnvironment.current();
        List<Path> written;
        try {
            written = Reports.write(report, outputDirectory.toPath(), ReportSet.projectBuild(environment));
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
