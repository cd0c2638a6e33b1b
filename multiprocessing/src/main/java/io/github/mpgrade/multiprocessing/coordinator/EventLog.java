package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The append-only log of everything a program did through the library. Bounded: past
 * {@link #MAX_EVENTS} entries it keeps counting but stores nothing more, so a runaway program
 * cannot exhaust the coordinator's memory.
 */
public final class EventLog {
    public static final int MAX_EVENTS = 2_000_000;

    /** Makes an entry once the log has given it its place and time. */
    @FunctionalInterface
    interface Entry {
        TraceEvent at(long seq, long nanos);
    }

    private final long startNanos = System.nanoTime();
    /** The log in order; null where {@link #packed} holds the event. */
    private final List<TraceEvent> events = new ArrayList<>();
    private final PackedEvents packed = new PackedEvents();
    private long dropped;

    synchronized TraceEvent append(Entry entry) {
        TraceEvent event = entry.at(events.size() + dropped, System.nanoTime() - startNanos);
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        } else {
            dropped++;
        }
        return event;
    }

    /** Appends an event of the fast path, packed until it is read ({@link PackedEvents}). */
    synchronized void appendPacked(PackedEvents.Kind kind, Task task, SyncObject object, CellContent content,
                                   long argument) {
        if (events.size() < MAX_EVENTS) {
            packed.put(events.size(), System.nanoTime() - startNanos, kind, task, object, content, argument);
            events.add(null);
        } else {
            dropped++;
        }
    }

    /** A copy of the entries so far. */
    public synchronized List<TraceEvent> events() {
        return from(0);
    }

    /** The entries stored from {@code index} on: for a reader that follows the log as it grows. */
    synchronized List<TraceEvent> from(int index) {
        List<TraceEvent> copy = new ArrayList<>(Math.max(0, events.size() - index));
        for (int i = index; i < events.size(); i++) {
            copy.add(at(i));
        }
        return Collections.unmodifiableList(copy);
    }

    /** The entries so far that match. */
    public synchronized List<TraceEvent> events(Predicate<TraceEvent> filter) {
        return from(0).stream().filter(filter).toList();
    }

    /** The entries so far of one kind, typed. */
    public synchronized <E extends TraceEvent> List<E> events(Class<E> kind) {
        boolean mayBePacked = PackedEvents.mayHold(kind);
        List<E> matching = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event == null && mayBePacked) {
                event = packed.event(i, i);
            }
            if (kind.isInstance(event)) {
                matching.add(kind.cast(event));
            }
        }
        return Collections.unmodifiableList(matching);
    }

    private TraceEvent at(int index) {
        TraceEvent event = events.get(index);
        return event != null ? event : packed.event(index, index);
    }

    /** The standard-output lines of every process, in log order. */
    public List<String> outputLines() {
        return events(TraceEvent.Output.class).stream().map(TraceEvent.Output::line).toList();
    }

    /** How many entries did not fit. */
    public synchronized long dropped() {
        return dropped;
    }
}
