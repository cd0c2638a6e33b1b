package io.github.mpgrade.plugin;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Grades a module of a build at the phase it is bound to ({@code verify} by default), as
 * {@code mvn grade} does, without forking a lifecycle; with {@code failBelow} it guards a score,
 * such as the reference solution's 100.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractGradeMojo {
}
