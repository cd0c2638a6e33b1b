package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.wire.Op;

/**
 * Python's {@code time.sleep}, without a checked exception. Under the grader's scheduler a sleep
 * costs no wall time: it is a step on a virtual clock, where other tasks may run meanwhile.
 */
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
        if (Client.isControlled()) {
            Client.get().call(Op.SLEEP, true, frame -> frame.putLong(millis));
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
