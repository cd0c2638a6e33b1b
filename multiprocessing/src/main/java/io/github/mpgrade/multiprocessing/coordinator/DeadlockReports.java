package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link DeadlockReport} from the coordinator's state at the moment of the verdict. */
final class DeadlockReports {
    private DeadlockReports() {
    }

    static DeadlockReport build(SyncState state, Map<TaskKey, DeadlockWatch.ThreadInfo> threads,
                                List<Waiter> waiters) {
        Map<TaskKey, List<String>> holdings = new HashMap<>();
        Map<String, String> sites = new java.util.TreeMap<>();
        for (SemCore sem : state.sems()) {
            if (sem.isInternal()) {
                continue; // the semaphores inside a Condition or Barrier: not what the program holds
            }
            for (TaskKey holder : sem.holders()) {
                holdings.computeIfAbsent(holder, k -> new ArrayList<>()).add(sem.object.name());
            }
        }
        Map<TaskKey, DeadlockReport.Wait> waits = new LinkedHashMap<>();
        Map<TaskKey, List<TaskKey>> edges = new LinkedHashMap<>(); // the cycle is sought from the first waiter on
        for (Waiter w : waiters) {
            List<TaskKey> blockers = new ArrayList<>();
            String waitsFor;
            if (w.target instanceof SemCore sem) {
                if (!sem.isInternal()) {
                    // A part of a Condition is a signal: who took one before is not what the waiter waits for.
                    blockers.addAll(sem.holders());
                }
                boolean orphaned = !blockers.isEmpty() && blockers.stream()
                        .noneMatch(b -> state.processes.get(b.processId()).isLive());
                waitsFor = sem.object.name() + (sem.isInternal() ? ", a signal that no running task will give"
                        : blockers.isEmpty() ? ", which no running task holds or will release"
                        : orphaned ? " (its holder has ended without releasing it)" : "");
                sites.put(sem.object.name(), sem.createdAt);
            } else if (w.target instanceof QueueCell queue) {
                waitsFor = "an item from " + queue.object.name() + ", which is empty";
                sites.put(queue.object.name(), queue.createdAt);
            } else if (w.target instanceof ThreadRecord thread) {
                waitsFor = thread.name() + " to end (join)";
                if (!thread.ended) {
                    blockers.add(thread.task);
                }
            } else {
                ProcessRecord p = (ProcessRecord) w.target;
                waitsFor = w.kind == Waiter.Kind.JOIN ? p.name + " to end (join)" : "its child processes to end";
                for (Waiter other : waiters) {
                    boolean inTarget = w.kind == Waiter.Kind.JOIN
                            ? other.task.processId() == p.id
                            : state.processes.get(other.task.processId()).parentId == p.id;
                    if (inTarget) {
                        blockers.add(other.task);
                    }
                }
            }
            DeadlockWatch.ThreadInfo info = threads.get(w.task);
            waits.put(w.task, new DeadlockReport.Wait(state.task(w.task), waitsFor,
                    blockers.stream().map(state::task).toList(),
                    holdings.getOrDefault(w.task, List.of()), info == null ? null : info.codeLine()));
            edges.put(w.task, blockers);
        }
        List<TaskKey> cycleKeys = findCycle(edges);
        List<DeadlockReport.Wait> cycle = cycleKeys.stream().map(waits::get).toList();
        return new DeadlockReport(List.copyOf(waits.values()), cycle,
                text(state, waits, cycle, threads, sites));
    }

    /** The first cycle in the wait-for graph, each task waiting for the next; empty if none. */
    static List<TaskKey> findCycle(Map<TaskKey, List<TaskKey>> edges) {
        Map<TaskKey, Integer> colour = new HashMap<>(); // 1 = on the path, 2 = done
        for (TaskKey start : edges.keySet()) {
            List<TaskKey> path = new ArrayList<>();
            List<TaskKey> cycle = visit(start, edges, colour, path);
            if (cycle != null) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<TaskKey> visit(TaskKey node, Map<TaskKey, List<TaskKey>> edges,
                                       Map<TaskKey, Integer> colour, List<TaskKey> path) {
        Integer c = colour.get(node);
        if (c != null && c == 1) {
            return new ArrayList<>(path.subList(path.indexOf(node), path.size()));
        }
        if (c != null || !edges.containsKey(node)) {
            return null;
        }
        colour.put(node, 1);
        path.add(node);
        for (TaskKey next : edges.get(node)) {
            List<TaskKey> cycle = visit(next, edges, colour, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        colour.put(node, 2);
        return null;
    }

    private static String text(SyncState state, Map<TaskKey, DeadlockReport.Wait> waits,
                               List<DeadlockReport.Wait> cycle, Map<TaskKey, DeadlockWatch.ThreadInfo> threads,
                               Map<String, String> sites) {
        StringBuilder s = new StringBuilder("Deadlock: every task of the program is waiting, and none of them"
                + " can ever wake the others.\n");
        if (!cycle.isEmpty()) {
            s.append("\nThese tasks wait for each other in a cycle:\n");
            cycle.forEach(w -> describe(s, w));
        }
        List<DeadlockReport.Wait> others = waits.values().stream().filter(w -> !cycle.contains(w)).toList();
        if (!others.isEmpty()) {
            s.append(cycle.isEmpty() ? "\nWaiting:\n" : "\nAlso waiting:\n");
            others.forEach(w -> describe(s, w));
        }
        // Thread ids, and so the hash order of the keys, differ from JVM to JVM: list the threads by name.
        for (TaskKey key : threads.keySet().stream().sorted(Comparator.comparing(state.names::stableName)).toList()) {
            DeadlockWatch.ThreadInfo info = threads.get(key);
            if (!info.inLibrary()) {
                s.append("  ").append(state.task(key)).append(" is blocked outside the library (")
                        .append(info.state()).append(")\n");
                if (info.codeLine() != null) {
                    s.append("      at ").append(info.codeLine()).append('\n');
                }
            }
        }
        List<String> made = sites.entrySet().stream()
                .filter(e -> e.getValue() != null && s.indexOf(e.getKey()) >= 0)
                .map(e -> "  " + e.getKey() + " was made at " + e.getValue() + "\n").toList();
        if (!made.isEmpty()) {
            s.append('\n');
            made.forEach(s::append);
        }
        s.append(cycle.isEmpty()
                ? "\nNo running task will ever release what they wait for. Check that every acquire has a"
                  + " matching release on every path, and that a lock is not left held by a process that ended.\n"
                : "\nEach task in the cycle holds what the next one waits for. Take locks in one fixed order"
                  + " everywhere (for example the lower-numbered one first), or let fewer tasks compete at once.\n");
        return s.toString();
    }

    private static void describe(StringBuilder s, DeadlockReport.Wait w) {
        s.append("  ").append(w.task());
        if (!w.holds().isEmpty()) {
            s.append(" holds ").append(String.join(", ", w.holds())).append(" and");
        }
        s.append(" waits for ").append(w.waitsFor());
        if (!w.heldBy().isEmpty() && !w.waitsFor().endsWith("(join)")) {
            s.append(", held by ").append(w.heldBy().stream().map(Task::toString).distinct()
                    .reduce((a, b) -> a + " and " + b).orElse(""));
        }
        s.append('\n');
        if (w.codeLine() != null) {
            s.append("      at ").append(w.codeLine()).append('\n');
        }
    }
}
