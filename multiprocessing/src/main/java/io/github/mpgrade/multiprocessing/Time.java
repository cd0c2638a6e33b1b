package io.github.mpgrade.multiprocessing;

/** Python's {@code time.sleep}, without a checked exception. */
public final class Time {
    private Time() {
    }

    /**
     * Sleeps for {@code millis} milliseconds. An interrupt ends the sleep early and stays set on
     * the thread, so a caller that cares can still see it.
     */
    public static void sleep(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("sleep length must be non-negative, not " + millis);
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
