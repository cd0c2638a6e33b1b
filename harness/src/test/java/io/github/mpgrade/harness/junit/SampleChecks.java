package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

/** Graded checks with every outcome, run by {@link GradingListenerTest} through the launcher (not by Surefire). */
@Exercise("pingpong")
class SampleChecks {
    @Test
    @Points(10)
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    @Points(5)
    void failsOnAWitness() {
        throw new CheckFailure("ping and pong printed out of turn", 17);
    }

    @Test
    @Points(5)
    void couldNotBeReproduced() {
        throw new TestAbortedException("could not be reproduced");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 7})
    @Points(4)
    void failsForOneHiddenVariation(int philosophers) {
        assertEquals(0, philosophers % 7, "with " + philosophers + " philosophers");
    }

    @Test
    void notGraded() {
        throw new AssertionError("a test without points is no check");
    }
}
