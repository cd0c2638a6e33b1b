package io.github.mpgrade.multiprocessing.coordinator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The threads the program started through the agent: their start, end and joins, as
 * {@link ProcessTable} keeps processes. Guarded by the state lock.
 */
final class ThreadTable {
    private final Recorder recorder;
    private final TaskNames names;
    private final Outbox outbox;
    private final WaitQueues waits;
    private final Map<Integer, ThreadRecord> threads = new HashMap<>();
    private int nextId = 1;

    ThreadTable(Recorder recorder, TaskNames names, Outbox outbox, WaitQueues waits) {
        this.recorder = recorder;
        this.names = names;
        this.outbox = outbox;
        this.waits = waits;
    }

    /** The new thread is a task from now on, named before its first call so its start names it. */
    void start(Session s, long requestId, TaskKey who, TaskKey thread, String name) {
        ThreadRecord record = new ThreadRecord(nextId++, thread, name);
        threads.put(record.id, record);
        names.nameThread(thread, name);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ThreadStart(seq, nanos, task, name));
        outbox.ok(s, requestId, record.id);
    }

    ThreadRecord get(int id) {
        return threads.get(id);
    }

    /** The thread's {@code run()} is over: every join of it returns. */
    void end(Session s, long requestId, ThreadRecord thread) {
        thread.ended = true;
        recorder.record(thread.task, (task, seq, nanos) -> new TraceEvent.ThreadEnd(seq, nanos, task));
        outbox.ok(s, requestId, 0);
        for (Waiter w : waits.waitersFor(thread)) {
            waits.remove(w);
            joined(w.session, w.requestId, w.task, thread);
        }
    }

    void join(Session s, long requestId, TaskKey who, ThreadRecord thread, long timeoutMillis) {
        if (thread.ended) {
            joined(s, requestId, who, thread);
        } else if (timeoutMillis == 0) {
            outbox.timeout(s, requestId);
        } else {
            waits.park(new Waiter(Waiter.Kind.THREAD_JOIN, s, requestId, who, thread), timeoutMillis);
        }
    }

    private void joined(Session s, long requestId, TaskKey who, ThreadRecord thread) {
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ThreadJoin(seq, nanos, task, thread.threadName));
        outbox.ok(s, requestId, 0);
    }

    /** Threads that have not ended, of the processes that still run. */
    long liveCount(IntPredicate processIsLive) {
        return threads.values().stream().filter(t -> !t.ended && processIsLive.test(t.task.processId())).count();
    }

    List<ThreadRecord> all() {
        return List.copyOf(threads.values());
    }

    void clear() {
        threads.clear();
        nextId = 1;
    }
}
