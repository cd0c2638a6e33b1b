package io.github.mpgrade.harness.analysis;

import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Safety questions on a run: what a task held when it did something (printed a line), and which
 * tasks were inside a stretch of their code at the same time.
 */
public final class Holdings {
    private static final Comparator<SyncObject> BY_NAME = Comparator.comparing(SyncObject::name);

    private final List<TraceEvent> events;
    private final Map<TraceEvent, Set<SyncObject>> heldAt = new IdentityHashMap<>();
    private final List<Hold> holds = new ArrayList<>();

    private Holdings(List<TraceEvent> events) {
        this.events = List.copyOf(events);
        Map<SyncObject, List<String>> holders = new HashMap<>();
        Map<String, Set<SyncObject>> held = new HashMap<>();
        Map<String, Map<SyncObject, TraceEvent.AcquireGrant>> grants = new HashMap<>();
        for (TraceEvent e : this.events) {
            String task = Tasks.name(e.task());
            if (e instanceof TraceEvent.AcquireGrant grant) {
                held.computeIfAbsent(task, t -> new TreeSet<>(BY_NAME)).add(grant.object());
                holders.computeIfAbsent(grant.object(), l -> new ArrayList<>()).add(task);
                grants.computeIfAbsent(task, t -> new HashMap<>()).putIfAbsent(grant.object(), grant);
            } else if (e instanceof TraceEvent.Release release) {
                String holder = Holders.release(holders.get(release.object()), task, () -> { });
                if (holder != null) {
                    held.get(holder).remove(release.object());
                    TraceEvent.AcquireGrant from = grants.get(holder).remove(release.object());
                    if (from != null) {
                        holds.add(new Hold(from.task(), release.object(), from, Optional.of(release)));
                    }
                }
            }
            heldAt.put(e, Set.copyOf(held.getOrDefault(task, Set.of())));
        }
        grants.values().forEach(open -> open.values().forEach(
                grant -> holds.add(new Hold(grant.task(), grant.object(), grant, Optional.empty()))));
        holds.sort(Comparator.comparingLong(hold -> hold.from().seq()));
    }

    /**
     * A task's hold of a lock or semaphore: from the grant to the release that ended it (by the task
     * itself or, as Python allows, by another), or empty if it still held it when the run ended.
     * A task that takes an {@code RLock} again, or a semaphore twice, shows one hold, to its first release.
     */
    public record Hold(Task task, SyncObject object, TraceEvent.AcquireGrant from, Optional<TraceEvent.Release> to) {
    }

    /** Every hold of the run, in the order they began. */
    public List<Hold> holds() {
        return List.copyOf(holds);
    }

    public static Holdings of(List<TraceEvent> events) {
        return new Holdings(events);
    }

    /** The locks and semaphores the event's task held when it happened (those it acquired itself). */
    public Set<SyncObject> heldAt(TraceEvent event) {
        return heldAt.getOrDefault(event, Set.of());
    }

    /**
     * A stretch of one task's run: from an event that {@code opens} it to the task's next event
     * that {@code closes} it (or the end of the run).
     */
    public record Interval(String task, TraceEvent from, TraceEvent to) {
        boolean overlaps(Interval other) {
            return from.seq() < other.to.seq() && other.from.seq() < to.seq();
        }
    }

    public List<Interval> intervals(Predicate<TraceEvent> opens, Predicate<TraceEvent> closes) {
        Map<String, TraceEvent> open = new HashMap<>();
        List<Interval> intervals = new ArrayList<>();
        for (TraceEvent e : events) {
            String task = Tasks.name(e.task());
            if (open.containsKey(task) && closes.test(e)) {
                intervals.add(new Interval(task, open.remove(task), e));
            } else if (opens.test(e)) {
                open.putIfAbsent(task, e);
            }
        }
        TraceEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        open.forEach((task, from) -> intervals.add(new Interval(task, from, last)));
        return intervals;
    }

    /** Pairs of intervals of different tasks that were open at the same time. */
    public List<Interval[]> overlapping(List<Interval> intervals) {
        List<Interval[]> pairs = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = i + 1; j < intervals.size(); j++) {
                Interval a = intervals.get(i);
                Interval b = intervals.get(j);
                if (!a.task().equals(b.task()) && a.overlaps(b)) {
                    pairs.add(new Interval[] {a, b});
                }
            }
        }
        return pairs;
    }
}
