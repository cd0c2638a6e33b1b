package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A run whose scheduler fails says nothing about the program: the harness reports the tool's failure. */
class SchedulerFailureTest {
    @Test
    void aSchedulerThatThrowsMakesTheRunFailWithItsReasonNotAVerdictOnTheProgram() {
        IllegalArgumentException broken = new IllegalArgumentException("the policy has no choice for step 2");
        try (Harness harness = Harness.forCurrentClassPath()) {
            Program program = Program.main("io.github.mpgrade.harness.programs.PingPong").args("correct", "2");
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> harness.execute(program, "broken", 0, (enabled, step) -> {
                        if (step == 2) {
                            throw broken;
                        }
                        return enabled.get(0);
                    }));
            assertTrue(failure.getMessage().startsWith("The scheduler failed at step 2: it threw"), failure.getMessage());
            assertSame(broken, failure.getCause());
        }
    }
}
