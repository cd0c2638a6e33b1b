package io.github.mpgrade.harness.junit;

import java.util.Optional;

/**
 * A check failed on a confirmed witness. The message is written for the student; the seed
 * replays the schedule.
 */
public final class CheckFailure extends AssertionError {
    private final long seed;
    /** Only read in the JVM that threw it; the run is not serializable. */
    private final transient FailingRun failingRun;

    public CheckFailure(String message, long seed) {
        super(message);
        this.seed = seed;
        this.failingRun = null;
    }

    /** A failure on a witness that reports can draw. */
    public CheckFailure(String message, FailingRun failingRun) {
        super(message);
        this.seed = failingRun.run().seed();
        this.failingRun = failingRun;
    }

    /** The seed whose schedule shows the failure. */
    public long seed() {
        return seed;
    }

    /** The run the check failed on, if it was given. */
    public Optional<FailingRun> failingRun() {
        return Optional.ofNullable(failingRun);
    }
}
