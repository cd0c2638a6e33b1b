package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.template.StudentTemplate;
import io.github.mpgrade.grading.template.TemplateException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the student template from the reference module this goal runs in: its sources with every
 * {@code // BEGIN SOLUTION} … {@code // END SOLUTION} region replaced by a stub that compiles.
 */
abstract class AbstractTemplateMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skip the template goals. */
    @Parameter(property = "mpgrade.template.skip", defaultValue = "false")
    private boolean skip;

    /** The reference solution's sources, with solution markers. */
    @Parameter(property = "mpgrade.template.reference", defaultValue = "${project.build.sourceDirectory}",
            required = true)
    private File referenceSources;

    /** The student template's sources: what the goal writes, or checks. */
    @Parameter(property = "mpgrade.template.sources",
            defaultValue = "${project.basedir}/../student-template/src/main/java", required = true)
    private File templateSources;

    /** The Java release the template must compile for. */
    @Parameter(property = "maven.compiler.release", defaultValue = "17", required = true)
    private String release;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Student template skipped (mpgrade.template.skip).");
            return;
        }
        try {
            StudentTemplate template = StudentTemplate.generate(referenceSources.toPath().normalize());
            execute(template, templateSources.toPath().normalize());
            List<String> errors = template.compileErrors(dependencies(), release);
            if (!errors.isEmpty()) {
                throw new MojoFailureException("The student template does not compile; change the solution regions"
                        + " of the reference so that their stubs compile:"
                        + System.lineSeparator() + String.join(System.lineSeparator(), errors));
            }
        } catch (TemplateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot generate the student template from " + referenceSources
                    + " into " + templateSources + ": " + e.getMessage(), e);
        }
    }

    /** Writes or checks the template's sources; the template is checked to compile afterwards. */
    abstract void execute(StudentTemplate template, Path templateSources)
            throws IOException, MojoFailureException;

    /** The template compiles against what a student project has: the dependencies, not the reference's classes. */
    private List<Path> dependencies() throws MojoExecutionException {
        try {
            Path ownClasses = Path.of(project.getBuild().getOutputDirectory());
            return project.getCompileClasspathElements().stream()
                    .map(Path::of)
                    .filter(element -> !element.equals(ownClasses))
                    .toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The dependencies of " + project.getArtifactId() + " are not resolved", e);
        }
    }
}
