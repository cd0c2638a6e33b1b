package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class GradingListenerTest {
    @Test
    void eachMethodWithPointsIsOneCheckScoredOnItsWorstOutcome() {
        GradingListener listener = new GradingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SampleChecks.class)).build(),
                listener);
        Map<String, CheckResult> results = listener.results().stream()
                .collect(Collectors.toMap(CheckResult::id, r -> r));

        assertEquals(Set.of("passes", "failsOnAWitness", "couldNotBeReproduced", "failsForOneHiddenVariation"),
                results.keySet());
        results.values().forEach(r -> assertEquals("pingpong", r.exercise()));

        CheckResult passes = results.get("passes");
        assertEquals(10, passes.score());
        assertTrue(passes.passed());

        CheckResult failed = results.get("failsOnAWitness");
        assertEquals(0, failed.score());
        assertEquals(5, failed.maxScore());
        assertEquals(17L, failed.seed());
        assertEquals("ping and pong printed out of turn", failed.message());

        CheckResult aborted = results.get("couldNotBeReproduced");
        assertEquals(5, aborted.score(), "a failure that could not be reproduced costs nothing");
        assertTrue(aborted.message().contains("could not be reproduced"));

        CheckResult variations = results.get("failsForOneHiddenVariation");
        assertEquals(0, variations.score(), "one failing hidden variation fails the check");
        assertTrue(variations.message().contains("with 2 philosophers"), variations.message());
    }
}
