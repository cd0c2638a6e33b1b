package io.github.mpgrade.harness.junit;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades one submission: runs the checks of a package with the JUnit Platform, the submission's
 * class path given to {@link SubmissionHarness}, and collects one {@link CheckResult} per check.
 * The submission's classes are loaded only by the child JVMs the checks launch, never here.
 */
public final class Grader {
    private Grader() {
    }

    /**
     * @param checksPackage       the package whose checks to run (with its subpackages)
     * @param submissionClassPath the submission's compiled classes and the runtime
     * @param configuration       more configuration parameters for the checks
     * @param progress            told as checks start and end (the console's progress), or none
     */
    public static List<CheckResult> grade(String checksPackage, List<String> submissionClassPath,
                                          Map<String, String> configuration, TestExecutionListener... progress) {
        return grade(List.of(DiscoverySelectors.selectPackage(checksPackage)), submissionClassPath, configuration,
                progress);
    }

    /** As above, for the checks these selectors pick (some classes of checks, say). */
    public static List<CheckResult> grade(List<? extends DiscoverySelector> checks, List<String> submissionClassPath,
                                          Map<String, String> configuration, TestExecutionListener... progress) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(checks)
                .configurationParameters(configuration)
                .configurationParameter(SubmissionHarness.CLASS_PATH, String.join(File.pathSeparator, submissionClassPath))
                .build();
        Launcher launcher = LauncherFactory.create();
        GradingListener grading = new GradingListener();
        launcher.execute(request, prepend(grading, progress));
        return grading.results();
    }

    private static TestExecutionListener[] prepend(TestExecutionListener first, TestExecutionListener[] rest) {
        TestExecutionListener[] all = new TestExecutionListener[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
