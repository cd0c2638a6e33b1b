package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** An event log written by hand, numbered as the coordinator numbers it, and the run it makes. */
final class RunLog {
    final List<TraceEvent> events = new ArrayList<>();

    RunLog add(LongFunction<TraceEvent> event) {
        events.add(event.apply(events.size()));
        return this;
    }

    Run run() {
        return new Run(Program.main("lab.pingpong.PingPong").args(3), "random walk", 4, events, List.of(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), false, null, 10);
    }

    Run deadlock(DeadlockReport report) {
        return new Run(Program.main("lab.philosophers.DiningTable").args(2), "directed", 1, events, List.of(), null,
                Optional.of(report), Optional.empty(), Optional.empty(), false, null, 10);
    }
}
