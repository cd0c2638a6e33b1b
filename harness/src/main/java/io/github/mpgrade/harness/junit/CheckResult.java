package io.github.mpgrade.harness.junit;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one graded check.
 *
 * @param exercise  the exercise id ({@link Exercise})
 * @param id        the check's id: its test method's name
 * @param name      its display name
 * @param score     the points earned
 * @param maxScore  the points it is worth ({@link Points})
 * @param passed    whether it passed (an aborted check — a failure that could not be reproduced — counts as passed)
 * @param message   what went wrong, for the student; or a note; or null
 * @param seed      the seed that replays the failure, or null
 * @param failingRun the witness it failed on, for a report to draw; empty when it passed or failed otherwise
 */
public record CheckResult(String exercise, String id, String name, double score, double maxScore, boolean passed,
                          String message, Long seed, Optional<FailingRun> failingRun) {
    public CheckResult {
        Objects.requireNonNull(failingRun, "failingRun");
    }

    /** A result with no witness to draw. */
    public CheckResult(String exercise, String id, String name, double score, double maxScore, boolean passed,
                       String message, Long seed) {
        this(exercise, id, name, score, maxScore, passed, message, seed, Optional.empty());
    }
}
