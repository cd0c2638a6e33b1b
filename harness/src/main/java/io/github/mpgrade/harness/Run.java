package io.github.mpgrade.harness;

import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.LivelockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one controlled run of a program did: its event log, how it ended, and the decisions that
 * made its schedule (with the strategy and seed, enough to make it again).
 *
 * @param program     what ran
 * @param strategy    the strategy's name
 * @param seed        the seed the strategy drew its choices from
 * @param events      the event log, in the coordinator's (causal) order
 * @param decisions   the task chosen at each step
 * @param exitCode    the root's exit code; null if it never ended (killed runs end with -9)
 * @param deadlock    the deadlock that ended the run, if one did
 * @param hang        the uncontrolled hang that ended the run, if one did
 * @param livelock    the livelock that ended the run, if one did: its tasks kept taking steps without progress
 * @param stepLimited whether the run was cut short at the step limit
 * @param startFailure why the program could not be started at all, or null
 * @param millis      wall time of the run
 */
public record Run(Program program, String strategy, long seed, List<TraceEvent> events, List<String> decisions,
                  Integer exitCode, Optional<DeadlockReport> deadlock, Optional<String> hang,
                  Optional<LivelockReport> livelock, boolean stepLimited,
                  String startFailure, long millis) {
    public Run {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }

    /** Every line printed on standard output, by any process, in log order. */
    public List<String> lines() {
        return outputs().stream().map(TraceEvent.Output::line).toList();
    }

    /** The output events themselves, to ask who printed a line and what it held then. */
    public List<TraceEvent.Output> outputs() {
        return eventsOf(TraceEvent.Output.class);
    }

    /** The exit of every process, the root's included, in the order they ended. */
    public List<TraceEvent.ProcessExit> exits() {
        return eventsOf(TraceEvent.ProcessExit.class);
    }

    /** The events of one kind, in log order. */
    public <E extends TraceEvent> List<E> eventsOf(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Whether the run ended on its own: no deadlock, hang, livelock, step limit or start failure. */
    public boolean completed() {
        return deadlock.isEmpty() && hang.isEmpty() && livelock.isEmpty() && !stepLimited && startFailure == null;
    }

    /**
     * The log without what differs between two runs of the same schedule (times, pids, thread
     * ids, and the pids and identity hashes a program printed): two runs of one schedule have
     * equal signatures.
     */
    public List<String> signature() {
        Map<Long, String> pids = new HashMap<>();
        eventsOf(TraceEvent.ProcessStart.class).forEach(start -> pids.put(start.pid(), start.process()));
        List<String> signature = new ArrayList<>();
        for (TraceEvent e : events) {
            signature.add(SignatureText.of(e.signature(), pids));
            if (e instanceof TraceEvent.Deadlock || e instanceof TraceEvent.Hang || e instanceof TraceEvent.Livelock) {
                break; // after the verdict the processes are killed, in no fixed order
            }
        }
        return signature;
    }
}
