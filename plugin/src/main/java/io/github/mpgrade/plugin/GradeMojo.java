package io.github.mpgrade.plugin;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn grade}: compiles the project, then grades it. The {@code grade} lifecycle of this
 * plugin (loaded with {@code <extensions>true</extensions>}) runs this goal.
 */
@Mojo(name = "grade", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class GradeMojo extends AbstractGradeMojo {
}
