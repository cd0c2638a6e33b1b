package io.github.mpgrade.grading.batch.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.Points;
import io.github.mpgrade.harness.junit.SubmissionHarness;
import io.github.mpgrade.harness.schedule.Strategy;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The batch tests' checks of lab.tiny.Greeter: 3 points for printing done last, 2 for greeting c. */
@Exercise("greeting")
@ExtendWith(SubmissionHarness.class)
class GreetingChecks {
    private static Run run;

    @BeforeAll
    static void run(Harness harness) {
        run = harness.run(Program.main("lab.tiny.Greeter"), Strategy.randomWalk(), 3);
    }

    @Test
    @Points(3)
    @DisplayName("main prints done last")
    void mainPrintsDoneLast() {
        List<String> lines = run.lines();
        assertEquals("done", lines.isEmpty() ? "nothing" : lines.get(lines.size() - 1));
    }

    @Test
    @Points(2)
    @DisplayName("a process greets c")
    void aProcessGreetsC() {
        assertTrue(run.lines().contains("hello c"), "no process printed \"hello c\"");
    }
}
