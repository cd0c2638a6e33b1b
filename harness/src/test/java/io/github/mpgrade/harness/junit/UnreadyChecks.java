package io.github.mpgrade.harness.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A class of checks whose setup fails, run by {@link GradingListenerTest} through the launcher. */
@Exercise("philosophers")
class UnreadyChecks {
    @BeforeAll
    static void startTheProgram() {
        throw new IllegalStateException("the program did not start");
    }

    @Test
    @Points(3)
    void neverRuns() {
    }
}
