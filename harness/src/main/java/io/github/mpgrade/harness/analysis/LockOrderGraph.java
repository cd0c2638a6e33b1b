package io.github.mpgrade.harness.analysis;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lock-order graph of one run (lockdep, GoodLock): an edge L1 → L2 for each blocking acquire
 * of L2 by a task that held L1, per lock instance. A cycle means the tasks could each hold one
 * lock and wait for the next — a deadlock possible under some schedule even if this run had none.
 *
 * <p>To report only cycles that can really close:
 * <ul>
 * <li>only owner-style locks are nodes: a lock released by a task that did not acquire it is a
 *     signal (ping-pong's locks) and leaves the graph; semaphores with more than one permit are
 *     not nodes either;</li>
 * <li>try-acquires and timed acquires add no edge (they cannot wait for ever);</li>
 * <li>a cycle needs a different task on each edge (one task cannot wait for itself this way);</li>
 * <li>a cycle whose edges were all taken while holding a common gate is dropped when the gate
 *     admits fewer tasks than the cycle is long: a lock admits one, a semaphore its permits
 *     (the butler with n−1 permits gates the n philosophers' cycle).</li>
 * </ul>
 */
public final class LockOrderGraph {

    /**
     * One observed acquire-while-holding.
     *
     * @param from  the lock held
     * @param to    the lock requested
     * @param task  who did it, as {@code Process-1/main}
     * @param gates the other locks and semaphores the task held at that moment
     * @param at    the request in the log
     */
    public record Edge(String from, String to, String task, Set<String> gates, TraceEvent at) {
    }

    /** A cycle of edges, each by a different task, that no gate prevents. */
    public record Cycle(List<Edge> edges) {
        /** The locks of the cycle, in order. */
        public List<String> locks() {
            return edges.stream().map(Edge::from).toList();
        }

        /** "Process-1 holds Lock-1 and asks for Lock-2; Process-2 holds Lock-2 and asks for Lock-1". */
        public String describe() {
            StringBuilder s = new StringBuilder();
            for (Edge e : edges) {
                s.append(s.length() == 0 ? "" : "; ").append(e.task()).append(" holds ").append(e.from())
                        .append(" and asks for ").append(e.to());
            }
            return s.toString();
        }
    }

    private final Map<String, List<Edge>> edgesFrom = new LinkedHashMap<>();
    private final Map<String, Integer> permits;

    private LockOrderGraph(Map<String, Integer> permits) {
        this.permits = permits;
    }

    public static LockOrderGraph of(List<TraceEvent> events) {
        Map<String, Integer> permits = new HashMap<>();
        Map<String, List<String>> holders = new HashMap<>(); // a semaphore may have several
        Set<String> signalStyle = new HashSet<>();
        Map<String, LinkedHashSet<String>> held = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (TraceEvent e : events) {
            String task = Tasks.name(e.task());
            if (e instanceof TraceEvent.Create create) {
                ObjectKind kind = create.object().kind();
                if (kind.isSemaphore() && !kind.isInternal()) { // a Condition's parts are not the program's locks
                    permits.put(create.object().name(), create.permits());
                }
            } else if (e instanceof TraceEvent.AcquireRequest request && request.patience().forever()) {
                // a blocking acquire: the only kind that can wait for ever
                String lock = request.object().name();
                Set<String> holding = held.getOrDefault(task, new LinkedHashSet<>());
                for (String from : holding) {
                    if (!from.equals(lock)) {
                        Set<String> gates = new TreeSet<>(holding);
                        gates.remove(from);
                        edges.add(new Edge(from, lock, task, gates, e));
                    }
                }
            } else if (e instanceof TraceEvent.AcquireGrant grant) {
                String lock = grant.object().name();
                held.computeIfAbsent(task, t -> new LinkedHashSet<>()).add(lock);
                holders.computeIfAbsent(lock, l -> new ArrayList<>()).add(task);
            } else if (e instanceof TraceEvent.Release release) {
                String lock = release.object().name();
                String owner = Holders.release(holders.get(lock), task, () -> signalStyle.add(lock));
                if (owner != null) {
                    held.getOrDefault(owner, new LinkedHashSet<>()).remove(lock);
                }
            }
        }
        LockOrderGraph graph = new LockOrderGraph(permits);
        for (Edge edge : edges) {
            if (isNode(edge.from(), permits, signalStyle) && isNode(edge.to(), permits, signalStyle)) {
                graph.edgesFrom.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            }
        }
        return graph;
    }

    /** Only the program's own locks and one-permit semaphores that are not used as signals. */
    private static boolean isNode(String lock, Map<String, Integer> permits, Set<String> signalStyle) {
        return permits.getOrDefault(lock, 0) == 1 && !signalStyle.contains(lock);
    }

    public List<Edge> edges() {
        return edgesFrom.values().stream().flatMap(List::stream).toList();
    }

    /** Every cycle that could close: distinct tasks on its edges, no gate that prevents it. */
    public List<Cycle> cycles() {
        List<Cycle> found = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (String start : edgesFrom.keySet()) {
            extend(start, start, new ArrayList<>(), new LinkedHashSet<>(), found, seen);
        }
        return found;
    }

    private void extend(String start, String at, List<Edge> path, Set<String> visited, List<Cycle> found,
                        Set<Set<String>> seen) {
        if (path.size() > 12) {
            return; // longer cycles are beyond any program a course grades
        }
        for (Edge edge : edgesFrom.getOrDefault(at, List.of())) {
            if (path.stream().anyMatch(p -> p.task().equals(edge.task()))) {
                continue;
            }
            path.add(edge);
            if (edge.to().equals(start)) {
                Set<String> locks = new HashSet<>(path.stream().map(Edge::from).toList());
                if (!isGated(path) && seen.add(locks)) {
                    found.add(new Cycle(List.copyOf(path)));
                }
            } else if (!visited.contains(edge.to()) && edge.to().compareTo(start) > 0) {
                visited.add(edge.to());
                extend(start, edge.to(), path, visited, found, seen);
                visited.remove(edge.to());
            }
            path.remove(path.size() - 1);
        }
    }

    /** Whether a gate held on every edge admits fewer tasks at once than the cycle needs. */
    private boolean isGated(List<Edge> cycle) {
        Set<String> common = new HashSet<>(cycle.get(0).gates());
        cycle.forEach(e -> common.retainAll(e.gates()));
        return common.stream().anyMatch(gate -> permits.getOrDefault(gate, 1) < cycle.size());
    }
}
