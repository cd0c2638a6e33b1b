package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;

/**
 * Writes the event log of the program running now, naming each task as the log shows it. A new
 * program gets a new log; the last one's stays with its {@link ProgramRun}. Guarded by the state
 * lock, so the log has the one order in which the coordinator decided.
 */
final class Recorder {
    /** Makes an entry for the task that did it, once the log has given it its place and time. */
    @FunctionalInterface
    interface Entry {
        TraceEvent of(Task task, long seq, long nanos);
    }

    private final TaskNames names;
    private EventLog log = new EventLog();

    Recorder(TaskNames names) {
        this.names = names;
    }

    void record(TaskKey who, Entry entry) {
        Task task = names.task(who);
        log.append((seq, nanos) -> entry.of(task, seq, nanos));
    }

    /** Logs an event of the fast path: packed, it costs neither an object nor a collection ({@link PackedEvents}). */
    void recordPacked(TaskKey who, PackedEvents.Kind kind, SyncObject object, CellContent content, long argument) {
        log.appendPacked(kind, names.task(who), object, content, argument);
    }

    EventLog log() {
        return log;
    }

    void newLog() {
        log = new EventLog();
    }
}
