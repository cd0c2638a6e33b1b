package io.github.mpgrade.harness.junit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A check that takes a moment and one that is turned off, run by {@link GradingListenerTest} through the launcher. */
@Exercise("counter")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimedChecks {
    static final long MILLIS = 100;

    @Test
    @Order(1)
    @Points(1)
    void takesAMoment() throws InterruptedException {
        Thread.sleep(MILLIS);
    }

    @Test
    @Order(2)
    @Disabled("turned off")
    @Points(2)
    void turnedOff() {
    }
}
