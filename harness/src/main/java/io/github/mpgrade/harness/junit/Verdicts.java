package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.Witness;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.Optional;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * Turns a failing run into a verdict: only after its schedule's replays failed the check for the
 * same reason does it cost the student points; a replay that passes aborts the check as "could not
 * be reproduced".
 */
public final class Verdicts {
    /** How many times a witness is replayed before it counts. */
    public static final int REPLAYS = 2;

    private Verdicts() {
    }

    /**
     * Fails the check with {@code message} if the run's replays fail it for the same reason.
     *
     * @param verdict the check's reason to fail a run (empty: it passes), compared for equality
     * @throws CheckFailure         the witness replayed: the student loses the check's points
     * @throws TestAbortedException it did not: the check keeps its points and says so
     */
    public static <V> void fail(Harness harness, Run failing, Function<Run, Optional<V>> verdict, String message) {
        fail(harness.confirm(failing, REPLAYS, verdict), message);
    }

    /**
     * Fails the check with {@code message} on a witness already judged (several checks judging one
     * run share its replays).
     *
     * @throws CheckFailure         the witness was confirmed: the student loses the check's points
     * @throws TestAbortedException it was not: the check keeps its points and says so
     */
    public static void fail(Witness witness, String message) {
        fail(witness, message, Optional.empty());
    }

    /**
     * As {@link #fail(Witness, String)}, naming the event where the run went wrong (the line out of
     * order), which the report highlights on the run's timeline.
     */
    public static void fail(Witness witness, String message, TraceEvent failingStep) {
        fail(witness, message, Optional.of(failingStep));
    }

    private static void fail(Witness witness, String message, Optional<TraceEvent> failingStep) {
        Run failing = witness.run();
        if (!witness.confirmed()) {
            throw new TestAbortedException("A failure was seen but " + witness.note()
                    + "; it costs no points. (" + message + ")");
        }
        String uncontrolled = witness.uncontrolled().map(u -> "\n\n" + u).orElse("");
        throw new CheckFailure(message + uncontrolled + "\n\n" + Feedback.replay(failing), new FailingRun(failing, failingStep));
    }
}
