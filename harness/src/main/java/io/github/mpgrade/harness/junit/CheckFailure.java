package io.github.mpgrade.harness.junit;

/**
 * A check failed on a confirmed witness. The message is written for the student; the seed
 * replays the schedule.
 */
public final class CheckFailure extends AssertionError {
    private final long seed;

    public CheckFailure(String message, long seed) {
        super(message);
        this.seed = seed;
    }

    /** The seed whose schedule shows the failure. */
    public long seed() {
        return seed;
    }
}
