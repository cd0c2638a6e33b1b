package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.HappensBefore;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.Optional;

/** Lines whose order a run shows but the program did not enforce: right only by luck. */
final class Causality {
    private Causality() {
    }

    /**
     * The first line another task printed before {@code line} that nothing ordered before it: under
     * another schedule, {@code line} could have come first.
     */
    static Optional<TraceEvent.Output> printedBeforeItByLuck(Run run, TraceEvent.Output line) {
        HappensBefore order = HappensBefore.of(run.events());
        return run.outputs().stream()
                .filter(o -> o.seq() < line.seq() && !o.task().equals(line.task()) && !order.ordered(o, line))
                .findFirst();
    }

    /** "printed by Process-2" or "by MainProcess (thread Thread-1)". */
    static String printer(TraceEvent line) {
        return line.task().threadName().equals("main") ? line.task().processName()
                : line.task().processName() + " (thread " + line.task().threadName() + ")";
    }
}
