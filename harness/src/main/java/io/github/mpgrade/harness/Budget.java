package io.github.mpgrade.harness;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an exploration may go on: at most {@code schedules} schedules and, if given, no new
 * schedule once {@code time} has passed since it began; it also stops at the first witness.
 *
 * @param schedules at least 1
 * @param time      the wall time after which no schedule starts, or empty for no limit
 */
public record Budget(int schedules, Optional<Duration> time) {
    public Budget {
        if (schedules < 1) {
            throw new IllegalArgumentException("an exploration runs at least one schedule, not " + schedules);
        }
        time.ifPresent(t -> {
            if (t.isNegative()) {
                throw new IllegalArgumentException("an exploration's time is not negative: " + t);
            }
        });
    }

    /** At most this many schedules. */
    public static Budget schedules(int schedules) {
        return new Budget(schedules, Optional.empty());
    }

    /** This budget, and no schedule started after {@code time}. */
    public Budget within(Duration time) {
        return new Budget(schedules, Optional.of(time));
    }
}
