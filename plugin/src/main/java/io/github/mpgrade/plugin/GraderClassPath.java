package io.github.mpgrade.plugin;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.graph.DependencyFilter;

/**
 * The grader JVM's class path: the checks artifact and the grading module, each with its
 * dependencies, resolved together by Maven's resolver (from the reactor, the local repository or
 * the project's remote ones). The multiprocessing runtime on it is the one the submission's
 * programs get, so that they speak the protocol of the grader's coordinator.
 *
 * @param entries the jars, in the resolver's order
 * @param runtime the multiprocessing runtime among them
 */
record GraderClassPath(List<Path> entries, Path runtime) {
    static final String RUNTIME_GROUP = "io.github.mpgrade";
    static final String RUNTIME_ARTIFACT = "multiprocessing";
    private static final String RUNTIME_SCOPE = "runtime";
    /** What a JVM needs to run: compile and runtime scope (Maven's resolver-util is not exported to plugins). */
    private static final DependencyFilter RUNTIME_CLASS_PATH = (node, parents) -> node.getDependency() == null
            || List.of("compile", RUNTIME_SCOPE).contains(node.getDependency().getScope());

    static GraderClassPath resolve(RepositorySystem system, RepositorySystemSession session,
                                   List<RemoteRepository> repositories, String graderTests, String grading)
            throws MojoExecutionException {
        Artifact checks = artifact(graderTests, "graderTests (-Dmpgrade.graderTests)");
        CollectRequest collect = new CollectRequest(List.of(new Dependency(checks, RUNTIME_SCOPE),
                new Dependency(artifact(grading, "the grading module"), RUNTIME_SCOPE)), null, repositories);
        List<ArtifactResult> results;
        try {
            results = system.resolveDependencies(session, new DependencyRequest(collect, RUNTIME_CLASS_PATH)).getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("cannot get the grader's checks " + graderTests + " and their dependencies: "
                    + e.getMessage() + ". Check the graderTests setting (-Dmpgrade.graderTests=groupId:artifactId:version)"
                    + " and that the repository holding them can be reached.", e);
        }
        List<Path> entries = results.stream().map(r -> r.getArtifact().getFile().toPath()).toList();
        Path runtime = results.stream().map(ArtifactResult::getArtifact)
                .filter(a -> a.getGroupId().equals(RUNTIME_GROUP) && a.getArtifactId().equals(RUNTIME_ARTIFACT))
                .map(a -> a.getFile().toPath()).findFirst()
                .orElseThrow(() -> new MojoExecutionException("the grader's checks " + graderTests + " do not depend on "
                        + RUNTIME_GROUP + ":" + RUNTIME_ARTIFACT + ", so the submission's programs would have no runtime."
                        + " Is graderTests the right artifact?"));
        return new GraderClassPath(entries, runtime);
    }

    private static Artifact artifact(String coordinates, String what) throws MojoExecutionException {
        try {
            return new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(what + " must be groupId:artifactId:version, not \"" + coordinates + "\"", e);
        }
    }
}
