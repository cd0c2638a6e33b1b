package io.github.mpgrade.grading.batch.checks;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An exercise no greeter earns: 2.5 points that every submission loses. */
@Exercise("farewell")
class FarewellChecks {
    @Test
    @Points(2.5)
    @DisplayName("says goodbye")
    void saysGoodbye() {
        fail("the program printed no \"goodbye\"");
    }
}
