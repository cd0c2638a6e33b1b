package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.template.StudentTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the student template's sources, generated from the reference module's, and removes the ones
 * the reference no longer generates: {@code mvn -pl reference mpgrade:release-template}. Commit what it writes.
 */
@Mojo(name = "release-template", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ReleaseTemplateMojo extends AbstractTemplateMojo {
    @Override
    void execute(StudentTemplate template, Path templateSources) throws IOException {
        List<String> changes = template.writeTo(templateSources);
        changes.forEach(getLog()::info);
        getLog().info(changes.isEmpty()
                ? "The student template in " + templateSources + " was up to date."
                : "Released the student template into " + templateSources + ": " + changes.size() + " files changed.");
    }
}
