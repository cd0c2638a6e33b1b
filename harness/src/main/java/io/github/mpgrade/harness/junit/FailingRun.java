package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Run;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * The confirmed witness a check failed on, kept so that reports can draw it without a second run.
 *
 * @param run         the failing run, whose event log the coordinator validated
 * @param failingStep the event where it went wrong (the first line out of order), if the check named one;
 *                    a run that did not end has its own (the deadlock, the hang)
 */
public record FailingRun(Run run, Optional<TraceEvent> failingStep) {
    public FailingRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(failingStep, "failingStep");
    }
}
