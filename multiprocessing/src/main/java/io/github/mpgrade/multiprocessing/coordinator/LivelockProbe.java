package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Once a controlled run stops for a livelock, asks every process where its threads are (each is
 * parked at its next call, a line inside its loop), then writes the {@link LivelockReport}.
 * Guarded by the state lock.
 */
final class LivelockProbe {
    /** Probe ids are state versions (>= 0) or the hang probe's -2; this one is a livelock's. */
    static final long PROBE_ID = -3;

    private final Set<ProcessRecord> awaiting = new HashSet<>();
    private final Map<TaskKey, String> codeLines = new HashMap<>();
    private long started = -1;

    void reset() {
        awaiting.clear();
        codeLines.clear();
        started = -1;
    }

    /**
     * Starts the probe once the controller has found a livelock; then the report, once every
     * process answered or {@code patienceNanos} passed; null until then.
     */
    LivelockReport check(SyncState state, Controller controller, long now, long patienceNanos) {
        if (!controller.livelocked()) {
            return null;
        }
        if (started < 0) {
            started = now;
            for (ProcessRecord p : state.processes.running()) {
                if (p.session != null) {
                    awaiting.add(p);
                    state.outbox.send(p.session, new FrameBuilder(Op.PROBE).putLong(PROBE_ID));
                }
            }
            return null;
        }
        if (!awaiting.isEmpty() && now - started < patienceNanos) {
            return null;
        }
        return report(state, controller);
    }

    /** A process's answer: where each of its threads is. */
    void answer(ProcessRecord process, Map<Long, DeadlockWatch.ThreadInfo> threads) {
        if (awaiting.remove(process)) {
            threads.forEach((threadId, info) -> codeLines.put(new TaskKey(process.id, threadId), info.codeLine()));
        }
    }

    private LivelockReport report(SyncState state, Controller controller) {
        int steps = controller.stepsWithoutProgress();
        StringBuilder text = new StringBuilder("Livelock: the program's tasks kept running, but for " + steps
                + " steps in a row none of them got anywhere: nothing was printed, no process started or ended,"
                + " no lock was taken in a way not seen before, no value changed to a new one, no queue item moved."
                + " These tasks repeat the same steps for ever:\n");
        List<LivelockReport.Loop> loops = new ArrayList<>();
        controller.loops().forEach((task, repeated) -> {
            LivelockReport.Loop loop = new LivelockReport.Loop(state.task(task),
                    ProgressWatch.mostFrequentFirst(repeated), state.objects.holdings(task), codeLines.get(task));
            loops.add(loop);
            text.append("  ").append(loop.task()).append(loop.holds().isEmpty() ? "" : " holding "
                    + String.join(", ", loop.holds()));
            text.append(loop.codeLine() == null ? "" : ", loops at " + loop.codeLine()).append('\n');
            text.append("      repeats: ").append(String.join(", ", loop.repeats())).append('\n');
        });
        return new LivelockReport(loops, steps, text.toString());
    }
}
