package io.github.mpgrade.harness.junit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades one submission: runs the checks of a package with the JUnit Platform, the submission
 * described to {@link SubmissionHarness} by a {@link GradingConfiguration}, and collects one
 * {@link CheckResult} per check. The submission's classes are loaded only by the child JVMs the
 * checks launch, never here.
 */
public final class Grader {
    private Grader() {
    }

    /**
     * @param checksPackage the package whose checks to run (with its subpackages)
     * @param configuration the submission, and the seed to replay if any
     * @param observer      told about each check as it finishes
     */
    public static List<CheckResult> grade(String checksPackage, GradingConfiguration configuration,
                                          CheckObserver observer) {
        return grade(List.of(DiscoverySelectors.selectPackage(checksPackage)), configuration.parameters(), observer);
    }

    /**
     * @param checksPackage       the package whose checks to run (with its subpackages)
     * @param submissionClassPath the submission's compiled classes and the runtime
     * @param configuration       more configuration parameters for the checks
     */
    public static List<CheckResult> grade(String checksPackage, List<String> submissionClassPath,
                                          Map<String, String> configuration) {
        return grade(List.of(DiscoverySelectors.selectPackage(checksPackage)), submissionClassPath, configuration);
    }

    /** As above, for the checks these selectors pick (some classes of checks, say). */
    public static List<CheckResult> grade(List<? extends DiscoverySelector> checks, List<String> submissionClassPath,
                                          Map<String, String> configuration) {
        Map<String, String> parameters = new LinkedHashMap<>(configuration);
        parameters.putAll(new GradingConfiguration(submissionClassPath, OptionalLong.empty()).parameters());
        return grade(checks, parameters, new CheckObserver() { });
    }

    private static List<CheckResult> grade(List<? extends DiscoverySelector> checks, Map<String, String> parameters,
                                           CheckObserver observer) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(checks)
                .configurationParameters(parameters)
                .build();
        Launcher launcher = LauncherFactory.create();
        GradingListener grading = new GradingListener(observer);
        launcher.execute(request, grading);
        return grading.results();
    }
}
