package io.github.mpgrade.harness.junit;

import java.time.Duration;
import java.util.List;

/**
 * Told by a {@link GradingListener} about the checks as they run, for whatever follows grading
 * as it goes (a console's progress, a checkpoint of the results). Each result is the one the
 * listener's final results hold. Every method does nothing unless overridden.
 */
public interface CheckObserver {
    /** The plan's checks, in the order of its results, before any of them runs. */
    default void planned(List<PlannedCheck> checks) {
    }

    /**
     * A check's result is final: its test method ended (every invocation of it), it was skipped,
     * or its class ended without running it.
     *
     * @param elapsed the time its test method took; zero if it never ran
     */
    default void finished(CheckResult result, Duration elapsed) {
    }

    /**
     * A top-level class of checks ended; told before the checks it ended without running are
     * {@linkplain #finished finished}, so that whoever records them has the class's time too.
     *
     * @param elapsed the time it took, its setup and nested classes included
     */
    default void classFinished(String exercise, Duration elapsed) {
    }
}
