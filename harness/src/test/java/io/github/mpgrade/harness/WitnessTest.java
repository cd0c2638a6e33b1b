package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A failure is confirmed by the verdicts of the replays that took its schedule, not by their logs. */
class WitnessTest {
    private static final Task MAIN = new Task(0, "MainProcess", 1, "main");
    /** A check of the last line printed: the verdict names it when it is not "done". */
    private static final Function<Run, Optional<String>> LAST_LINE_IS_DONE = run -> {
        List<String> lines = run.lines();
        String last = lines.isEmpty() ? "nothing" : lines.get(lines.size() - 1);
        return last.equals("done") ? Optional.empty() : Optional.of("the last line is \"" + last + "\"");
    };

    @Test
    void aReplayWithAnotherLogButTheSameVerdictConfirmsAndNamesWhereTheLogsDiffer() {
        Run failing = run("ping", "pong");
        Run replay = withStderr(run("ping", "pong"), 1, "a JDK warning");
        Witness witness = Witness.judge(failing, List.of(replay, run("ping", "pong")), LAST_LINE_IS_DONE);
        assertTrue(witness.confirmed(), witness.note());
        String uncontrolled = witness.uncontrolled().orElseThrow();
        assertTrue(uncontrolled.contains("from entry 2 on"), uncontrolled);
        assertTrue(uncontrolled.contains("\"err MainProcess/main a JDK warning\""), uncontrolled);
    }

    @Test
    void replaysWithTheSameLogConfirmWithNothingUncontrolled() {
        Witness witness = Witness.judge(run("ping", "pong"), List.of(run("ping", "pong")), LAST_LINE_IS_DONE);
        assertTrue(witness.confirmed(), witness.note());
        assertEquals(Optional.empty(), witness.uncontrolled());
    }

    @Test
    void aReplayThatPassesIsNotConfirmed_itCouldNotBeReproduced() {
        Witness witness = Witness.judge(run("ping", "pong"), List.of(run("ping", "pong"), run("ping", "done")),
                LAST_LINE_IS_DONE);
        assertFalse(witness.confirmed());
        assertTrue(witness.note().startsWith("could not be reproduced: replay 2 "), witness.note());
    }

    @Test
    void aReplayThatTookTheStepsAndPassedSaysHowFarItWent() {
        Run failing = withDecisions(run("ping", "pong"), "a", "b");
        Run passing = withDecisions(run("ping", "done"), "a", "b", "a");
        Witness witness = Witness.judge(failing, List.of(passing), LAST_LINE_IS_DONE);
        assertFalse(witness.confirmed());
        assertTrue(witness.note().endsWith("(it took the schedule's 2 steps, then 1 more)"), witness.note());
    }

    @Test
    void aReplayThatLeftTheScheduleIsNoEvidence_theReplaysThatTookItDecide() {
        Run failing = withDecisions(run("ping", "pong"), "a", "b", "a");
        Run departed = withDecisions(run("ping", "done"), "a", "a", "b");
        Run following = withDecisions(run("ping", "pong"), "a", "b", "a");
        Witness witness = Witness.judge(failing, List.of(departed, following), LAST_LINE_IS_DONE);
        assertTrue(witness.confirmed(), witness.note());
        assertEquals("replayed 1 time with the same verdict", witness.note());
        String uncontrolled = witness.uncontrolled().orElseThrow();
        assertTrue(uncontrolled.contains("replay 1 left the schedule: at step 2 the schedule names b, which had asked"
                + " for nothing there, and the replay went on with a"), uncontrolled);
    }

    @Test
    void whenEveryReplayLeftTheScheduleTheFailureIsNotConfirmed() {
        Run failing = withDecisions(run("ping", "pong"), "a", "b");
        Witness witness = Witness.judge(failing, List.of(withDecisions(run("ping", "pong"), "b", "a")),
                LAST_LINE_IS_DONE);
        assertFalse(witness.confirmed());
        assertTrue(witness.note().startsWith("could not be replayed: replay 1 left the schedule: at step 1"),
                witness.note());
    }

    @Test
    void aReplayThatFailsForAnotherReasonIsNotConfirmed() {
        Witness witness = Witness.judge(run("ping", "pong"), List.of(run("pong", "ping")), LAST_LINE_IS_DONE);
        assertFalse(witness.confirmed());
        assertTrue(witness.note().contains("for another reason (the last line is \"ping\")"), witness.note());
    }

    private static Run run(String... lines) {
        List<TraceEvent> events = new ArrayList<>();
        for (String line : lines) {
            events.add(new TraceEvent.Output(events.size(), 0, MAIN, line, null));
        }
        return new Run(Program.main("Sample"), "test", 0, events, List.of(), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), false, null, 0);
    }

    private static Run withDecisions(Run run, String... decisions) {
        return new Run(run.program(), run.strategy(), run.seed(), run.events(), List.of(decisions), run.exitCode(),
                run.deadlock(), run.hang(), run.livelock(), run.stepLimited(), run.startFailure(), run.millis());
    }

    private static Run withStderr(Run run, int at, String line) {
        List<TraceEvent> events = new ArrayList<>(run.events());
        events.add(at, new TraceEvent.ErrorOutput(at, 0, MAIN, line));
        return new Run(run.program(), run.strategy(), run.seed(), events, run.decisions(), run.exitCode(),
                run.deadlock(), run.hang(), run.livelock(), run.stepLimited(), run.startFailure(), run.millis());
    }
}
