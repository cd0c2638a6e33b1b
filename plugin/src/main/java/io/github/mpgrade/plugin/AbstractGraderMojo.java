package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.sandbox.Sandbox;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * A goal that runs the grader ({@code grade}, {@code check}, {@code batch}): the settings of the
 * grader, each defined here once for every such goal.
 */
abstract class AbstractGraderMojo extends AbstractMojo {
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private RepositorySystem repositorySystem;

    /** The checks, {@code groupId:artifactId:version}; by default the assignment's, of this plugin's version. */
    @Parameter(property = "mpgrade.graderTests", defaultValue = "io.github.mpgrade:grader-tests:${plugin.version}")
    private String graderTests;

    /** The package of the checks to run, with its subpackages. */
    @Parameter(property = "mpgrade.checksPackage", defaultValue = GradingRequest.DEFAULT_CHECKS_PACKAGE)
    private String checksPackage;

    /**
     * Seconds after which grading stops and the checks that did not finish get no points: by
     * default 300 for a project ({@code grade}, {@code check}) and 180 for each submission of a
     * batch. One student's build can afford to wait; in a batch a stuck submission holds one of
     * the few grading slots, and the assignment's checks take well under a minute either way.
     */
    @Parameter(property = "mpgrade.timeLimit")
    private Integer timeLimit;

    /** Replays only the schedules of this seed, the one a failure's message names. */
    @Parameter(property = GradingConfiguration.SEED)
    private Long seed;

    /**
     * How many schedules each safety property of the checks explores; more finds rarer bugs and
     * takes longer (the checks' default, 200, unless given).
     */
    @Parameter(property = GradingConfiguration.SCHEDULES)
    private Integer schedules;

    /** The JDK home that runs the grader and every program it starts; Maven's own by default. */
    @Parameter(property = "mpgrade.jdk")
    private File jdk;

    /**
     * Whether to grade inside bubblewrap's sandbox where this machine can make one (Linux with
     * {@code bwrap} and user namespaces); elsewhere, or with {@code false}, the grader runs as a
     * plain process with the grading's own limits.
     */
    @Parameter(property = "mpgrade.sandbox", defaultValue = "true")
    private boolean sandbox;

    /** The settings above, unchecked. */
    GraderSettings graderSettings() {
        return new GraderSettings(checksPackage, timeLimit, seed, jdk, schedules);
    }

    /** The grader's class path: the checks and the grading module, resolved from the build's repositories. */
    GraderClassPath resolveGrader() throws MojoExecutionException {
        return GraderClassPath.resolve(repositorySystem, session.getRepositorySession(),
                session.getCurrentProject().getRemoteProjectRepositories(), graderTests,
                plugin.getGroupId() + ":grading:" + plugin.getVersion());
    }

    /** The sandbox to grade in, tried on this machine, and told on the console. */
    Sandbox sandbox() {
        Sandbox chosen = sandbox ? Sandbox.probe() : Sandbox.none("turned off by mpgrade.sandbox=false");
        getLog().info("Protections: " + chosen.description());
        return chosen;
    }

    /** The checks' coordinates, as configured. */
    String graderTests() {
        return graderTests;
    }
}
