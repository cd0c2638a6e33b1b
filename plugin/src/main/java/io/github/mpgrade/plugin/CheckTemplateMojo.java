package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.template.StudentTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the committed student template is not what the reference generates, or does not
 * compile; bound to {@code verify} in the reference module, so a change to the reference cannot leave
 * the template behind.
 */
@Mojo(name = "check-template", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckTemplateMojo extends AbstractTemplateMojo {
    static final String RELEASE_COMMAND = "mvn -pl reference mpgrade:release-template";

    @Override
    void execute(StudentTemplate template, Path templateSources) throws IOException, MojoFailureException {
        List<String> drift = template.driftFrom(templateSources);
        if (!drift.isEmpty()) {
            throw new MojoFailureException("The student template in " + templateSources + " is not what the"
                    + " reference generates; regenerate it with `" + RELEASE_COMMAND + "` and commit it:"
                    + System.lineSeparator() + String.join(System.lineSeparator(), drift));
        }
        getLog().info("The student template in " + templateSources + " is what the reference generates ("
                + template.files().size() + " files).");
    }
}
