package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
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
    private final List<TraceEvent> events = new ArrayList<>();
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

    /** A copy of the entries so far. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** The entries stored from {@code index} on: for a reader that follows the log as it grows. */
    synchronized List<TraceEvent> from(int index) {
        return index >= events.size() ? List.of() : List.copyOf(events.subList(index, events.size()));
    }

    /** The entries so far that match. */
    public synchronized List<TraceEvent> events(Predicate<TraceEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    /** The entries so far of one kind, typed. */
    public synchronized <E extends TraceEvent> List<E> events(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
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
