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

    private final long startNanos = System.nanoTime();
    private final List<TraceEvent> events = new ArrayList<>();
    private long dropped;

    synchronized TraceEvent append(TraceEvent.Kind kind, Task task, String object, String text, long number,
                                   String site) {
        TraceEvent event = new TraceEvent(events.size() + dropped, System.nanoTime() - startNanos,
                kind, task, object, text, number, site);
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

    /** The entries so far that match. */
    public synchronized List<TraceEvent> events(Predicate<TraceEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    /** The standard-output lines of every process, in log order. */
    public List<String> outputLines() {
        return events(e -> e.kind() == TraceEvent.Kind.OUTPUT).stream().map(TraceEvent::text).toList();
    }

    /** How many entries did not fit. */
    public synchronized long dropped() {
        return dropped;
    }
}
