package io.github.mpgrade.multiprocessing.coordinator;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a request may wait for another task: for ever, not at all (a try), or at most a time.
 *
 * @param forever whether it waits as long as it takes
 * @param limit   the longest it waits when not for ever; zero for a try
 */
public record Patience(boolean forever, Duration limit) {
    public static final Patience FOREVER = new Patience(true, Duration.ZERO);
    public static final Patience TRY = new Patience(false, Duration.ZERO);

    public Patience {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || (forever && !limit.isZero())) {
            throw new IllegalArgumentException("no patience of " + limit + (forever ? " for ever" : ""));
        }
    }

    public static Patience atMost(Duration limit) {
        return limit.isZero() ? TRY : new Patience(false, limit);
    }

    /** From the wire's milliseconds, where -1 is for ever and 0 a try. */
    static Patience ofWireMillis(long millis) {
        return millis < 0 ? FOREVER : atMost(Duration.ofMillis(millis));
    }

    /** Whether it gives up at once when it cannot go. */
    public boolean onlyTries() {
        return !forever && limit.isZero();
    }

    @Override
    public String toString() {
        return forever ? "forever" : onlyTries() ? "try" : "at most " + limit.toMillis() + " ms";
    }
}
