package io.github.mpgrade.harness.analysis;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data races of a run: two accesses to one field by different tasks, at least one a write,
 * that its happens-before order does not order — under another schedule they could come the
 * other way round, so what the program computes depends on luck (a lost {@code counter += 1}).
 * Volatile fields do not race. Found from one run (the agent logs every field a task touches
 * between two of its steps), as a happens-before race detector does.
 */
public final class DataRaces {
    /**
     * Two accesses that race.
     *
     * @param earlier the one logged first
     * @param later   the one another schedule could have put first
     */
    public record Race(TraceEvent.FieldAccess earlier, TraceEvent.FieldAccess later) {
        /** The field, as the program names it: {@code ThreadHello.counter}. */
        public String field() {
            return later.field();
        }
    }

    private DataRaces() {
    }

    /**
     * One race per field and pair of code lines, in the order the log shows them. For each new
     * access it is enough to look at each other task's latest read and latest write of the field:
     * an earlier access of that task is ordered before the latest one, so if the latest is ordered
     * before the new access, so is the earlier.
     */
    public static List<Race> of(List<TraceEvent> events) {
        HappensBefore order = HappensBefore.of(events);
        Map<String, Map<String, TraceEvent.FieldAccess>> latest = new HashMap<>(); // field -> "task w" -> access
        Set<List<String>> reported = new HashSet<>();
        List<Race> races = new ArrayList<>();
        for (TraceEvent e : events) {
            if (!(e instanceof TraceEvent.FieldAccess access) || access.isVolatile()) {
                continue;
            }
            // Each process has its own copy of every field: only threads of one process can race.
            Map<String, TraceEvent.FieldAccess> seen = latest.computeIfAbsent(
                    access.task().processName() + " " + access.field(), f -> new LinkedHashMap<>());
            String task = Tasks.name(access.task());
            for (TraceEvent.FieldAccess other : seen.values()) {
                boolean conflicting = access.write() || other.write();
                if (conflicting && !Tasks.name(other.task()).equals(task) && !order.ordered(other, access)
                        && reported.add(List.of(access.field(), String.valueOf(other.site()),
                                String.valueOf(access.site())))) {
                    races.add(new Race(other, access));
                }
            }
            seen.put(task + (access.write() ? " w" : " r"), access);
        }
        return races;
    }
}
