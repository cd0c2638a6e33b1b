package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
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

        assertEquals(Set.of("passes", "failsOnAWitness", "couldNotBeReproduced", "failsForOneHiddenVariation",
                "aNoteWorthNothing"), results.keySet());
        results.values().forEach(r -> assertEquals("pingpong", r.exercise()));

        CheckResult passes = results.get("passes");
        assertEquals(10, passes.score());
        assertTrue(passes.passed());

        CheckResult failed = results.get("failsOnAWitness");
        assertEquals(0, failed.score());
        assertEquals(5, failed.maxScore());
        assertEquals(17L, failed.seed());
        assertEquals("ping and pong printed out of turn", failed.message());
        assertEquals(Optional.of("pong 10"), failed.failingRun().flatMap(FailingRun::failingStep)
                .map(step -> ((TraceEvent.Output) step).line()),
                "the witness and its failing step travel with the result, for the report to draw");
        assertEquals(Optional.empty(), passes.failingRun());

        CheckResult aborted = results.get("couldNotBeReproduced");
        assertEquals(5, aborted.score(), "a failure that could not be reproduced costs nothing");
        assertTrue(aborted.message().contains("could not be reproduced"));

        CheckResult note = results.get("aNoteWorthNothing");
        assertEquals(0, note.maxScore(), "a check worth 0 points is a note: reported, never costing anything");
        assertFalse(note.passed());
        assertEquals("a data race on counter", note.message());

        CheckResult variations = results.get("failsForOneHiddenVariation");
        assertEquals(0, variations.score(), "one failing hidden variation fails the check");
        assertTrue(variations.message().contains("with 2 philosophers"), variations.message());
    }

    @Test
    void tellsItsObserverEachChecksFinalResultAsItFinishesWithTheTimeItTook() {
        List<String> events = new ArrayList<>();
        List<PlannedCheck> planned = new ArrayList<>();
        Map<CheckResult, Duration> finished = new LinkedHashMap<>();
        Map<String, Duration> classes = new LinkedHashMap<>();
        GradingListener listener = new GradingListener(new CheckObserver() {
            @Override
            public void planned(List<PlannedCheck> checks) {
                planned.addAll(checks);
            }

            @Override
            public void finished(CheckResult result, Duration elapsed) {
                events.add("finished " + result.id());
                finished.put(result, elapsed);
            }

            @Override
            public void classFinished(String exercise, Duration elapsed) {
                events.add("class " + exercise);
                classes.put(exercise, elapsed);
            }
        });
        TestExecutionListener methodEvents = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                method(id).ifPresent(name -> events.add("started " + name));
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                method(id).ifPresent(name -> events.add("ended " + name));
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(UnreadyChecks.class), selectClass(TimedChecks.class))
                .configurationParameter("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName")
                .build(), listener, methodEvents);

        CheckResult taking = listener.results().get(0);
        CheckResult turnedOff = listener.results().get(1);
        CheckResult unready = listener.results().get(2);
        assertAll(
                () -> assertEquals(List.of(new PlannedCheck("counter", "takesAMoment", "takesAMoment()", 1),
                        new PlannedCheck("counter", "turnedOff", "turnedOff()", 2),
                        new PlannedCheck("philosophers", "neverRuns", "neverRuns()", 3)), planned),
                () -> assertEquals(listener.results(), List.copyOf(finished.keySet()),
                        "each check is told once, with its final result, in the plan's order"),
                () -> assertEquals(List.of("started takesAMoment", "ended takesAMoment", "finished takesAMoment",
                        "finished turnedOff", "class counter", "class philosophers", "finished neverRuns"), events,
                        "a check is told as it ends, before the next one starts; a class's time before the checks"
                                + " it ended without running"),
                () -> assertEquals("the program did not start", unready.message()),
                () -> assertEquals(Duration.ZERO, finished.get(unready), "a check that never ran took no time"),
                () -> assertEquals("the check did not run", turnedOff.message()),
                () -> assertEquals(0, turnedOff.score()),
                () -> assertTrue(finished.get(taking).toMillis() >= TimedChecks.MILLIS, finished.toString()),
                () -> assertTrue(classes.get("counter").compareTo(finished.get(taking)) >= 0,
                        "a class takes at least as long as its checks: " + classes));
    }

    /** The name of a test method's own node (not of an invocation of it), if that is what it is. */
    private static Optional<String> method(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName());
    }
}
