package io.github.mpgrade.multiprocessing.internal.client;

import java.time.Duration;
import java.util.Objects;

/** Timeouts on the wire: whole milliseconds, -1 for none, 0 for "only try". */
public final class Timeouts {
    public static final long FOREVER = -1;

    private Timeouts() {
    }

    /** A negative duration counts as zero (Python's behaviour); an enormous one as no timeout. */
    public static long millis(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null; use the method without a timeout to wait for ever");
        if (timeout.isNegative() || timeout.isZero()) {
            return 0;
        }
        try {
            long millis = timeout.toMillis();
            return millis == 0 ? 1 : millis; // a sub-millisecond wait still waits, not merely tries
        } catch (ArithmeticException tooLong) {
            return FOREVER;
        }
    }
}
