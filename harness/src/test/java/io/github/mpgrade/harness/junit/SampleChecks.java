package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.Optional;
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
        TraceEvent outOfTurn = new TraceEvent.Output(0, 0, new Task(2, "Process-2", 1, "main"), "pong 10", null);
        Run witness = new Run(Program.main("lab.pingpong.PingPong"), "random walk", 17, List.of(outOfTurn), List.of(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), false, null, 1);
        throw new CheckFailure("ping and pong printed out of turn", new FailingRun(witness, Optional.of(outOfTurn)));
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
    @Points(0)
    void aNoteWorthNothing() {
        throw new CheckFailure("a data race on counter", 3);
    }

    @Test
    void notGraded() {
        throw new AssertionError("a test without points is no check");
    }
}
