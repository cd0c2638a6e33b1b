package io.github.mpgrade.harness;

import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent.Kind;
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
 * @param stepLimited whether the run was cut short at the step limit
 * @param startFailure why the program could not be started at all, or null
 * @param millis      wall time of the run
 */
public record Run(Program program, String strategy, long seed, List<TraceEvent> events, List<String> decisions,
                  Integer exitCode, Optional<DeadlockReport> deadlock, Optional<String> hang, boolean stepLimited,
                  String startFailure, long millis) {
    public Run {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }

    /** Every line printed on standard output, by any process, in log order. */
    public List<String> lines() {
        return events.stream().filter(e -> e.kind() == Kind.OUTPUT).map(TraceEvent::text).toList();
    }

    /** The output events themselves, to ask who printed a line and what it held then. */
    public List<TraceEvent> outputs() {
        return events.stream().filter(e -> e.kind() == Kind.OUTPUT).toList();
    }

    /** The lines printed on standard error (stack traces of uncaught exceptions, among others). */
    public List<String> errorLines() {
        return events.stream().filter(e -> e.kind() == Kind.ERROR_OUTPUT).map(TraceEvent::text).toList();
    }

    /** The exit code of every process but the root, by name, in the order they ended. */
    public List<TraceEvent> exits() {
        return events.stream().filter(e -> e.kind() == Kind.PROCESS_EXIT).toList();
    }

    /** Whether the run ended on its own: no deadlock, hang, step limit or start failure. */
    public boolean completed() {
        return deadlock.isEmpty() && hang.isEmpty() && !stepLimited && startFailure == null;
    }

    /**
     * The log without what differs between two runs of the same schedule (times, pids, thread
     * ids, and the pids and identity hashes a program printed): two runs of one schedule have
     * equal signatures.
     */
    public List<String> signature() {
        Map<Long, String> pids = new HashMap<>();
        events.stream().filter(e -> e.kind() == Kind.PROCESS_START).forEach(e -> pids.put(e.number(), e.object()));
        List<String> signature = new ArrayList<>();
        for (TraceEvent e : events) {
            signature.add(describe(e, pids));
            if (e.kind() == Kind.DEADLOCK || e.kind() == Kind.HANG) {
                break; // after the verdict the processes are killed, in no fixed order
            }
        }
        return signature;
    }

    private static String describe(TraceEvent e, Map<Long, String> pids) {
        boolean varies = e.kind() == Kind.PROCESS_START; // its number is a pid
        boolean verdict = e.kind() == Kind.DEADLOCK || e.kind() == Kind.HANG;
        return e.kind() + " " + e.task().processName() + "/" + e.task().threadName() + " " + e.object()
                + (varies || verdict ? "" : " " + SignatureText.of(e.text(), pids) + " " + e.number());
    }

    /** How to make this run again from a student's project. */
    public String replayHint() {
        return "mvn grade -Dmpgrade.seed=" + seed;
    }
}
