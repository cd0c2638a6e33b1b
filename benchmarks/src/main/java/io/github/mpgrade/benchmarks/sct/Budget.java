package io.github.mpgrade.benchmarks.sct;

import java.time.Duration;

/**
 * How much one search of one program may spend: at most {@code schedules} schedules, and no new
 * schedule once {@code time} has passed since it began.
 */
public record Budget(int schedules, Duration time) {
    public Budget {
        if (schedules < 1) {
            throw new IllegalArgumentException("a budget needs at least one schedule, not " + schedules);
        }
    }
}
