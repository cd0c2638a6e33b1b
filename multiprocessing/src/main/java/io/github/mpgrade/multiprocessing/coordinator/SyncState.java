package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Everything the coordinator knows and decides, in pieces that share one lock, this object's
 * monitor: every change happens under it, so the event log has one order, and the frames each
 * change queues in the {@link Outbox} are written after the lock is let go.
 * <ul>
 *   <li>{@link ProcessTable}: the processes and their life;
 *   <li>{@link SyncObjects}: the locks, semaphores, values and queues, and what calls on them decide;
 *   <li>{@link ThreadTable}: the threads started through the agent;
 *   <li>{@link WaitQueues}: the requests that wait, with their timers;
 *   <li>{@link TaskNames} and {@link Recorder}: what tasks are called, and the event log;
 *   <li>{@link OutputCapture}: the lines the processes print.
 * </ul>
 */
final class SyncState {
    final Outbox outbox = new Outbox();
    final TaskNames names;
    final Recorder recorder;
    final WaitQueues waits;
    final ProcessTable processes;
    final SyncObjects objects;
    /** A free run's shared memory: the fast path's words and event rings. */
    final SharedSync shared;
    final ThreadTable threads;
    final OutputCapture output;
    /** Bumped by every request: the deadlock watch trusts a verdict only if nothing moved. */
    long version;

    /**
     * @param timers  runs the timers of timed waits
     * @param console where the processes' output is echoed
     * @param flusher writes the queued frames; called after a timer changed the state
     */
    SyncState(ScheduledExecutorService timers, Console console, Runnable flusher) {
        this.names = new TaskNames(this::process); // through a method: the process table is made below
        this.recorder = new Recorder(names);
        this.waits = new WaitQueues(timers, this, this::expired, flusher);
        this.processes = new ProcessTable(recorder, outbox, waits, this);
        this.shared = new SharedSync(this);
        this.objects = new SyncObjects(recorder, names, outbox, waits, shared);
        this.threads = new ThreadTable(recorder, names, outbox, waits);
        this.output = new OutputCapture(recorder, console);
    }

    /** Marks a request as movement: resets the deadlock watch's quiet period. */
    void touch() {
        version++;
    }

    /** The current program's log. */
    EventLog log() {
        return recorder.log();
    }

    Task task(TaskKey key) {
        return names.task(key);
    }

    List<SemCore> sems() {
        return objects.sems();
    }

    private ProcessRecord process(int id) {
        return processes.get(id);
    }

    /** A timed wait ran out: the request is answered with a timeout. */
    private void expired(Waiter w) {
        touch();
        if (w.kind == Waiter.Kind.ACQUIRE) {
            objects.acquireExpired(w);
        }
        outbox.timeout(w.session, w.requestId);
    }

    /** The connection ended: its pending requests can never be answered; drop them. */
    void sessionEnded(Session session) {
        if (session.process != null) {
            shared.processGone(session.process); // its fast-path events enter the log before its end
        }
        waits.dropSession(session).forEach(objects::waitAbandoned);
        if (session.process != null) {
            processes.sessionEnded(session.process);
        }
    }

    void protocolViolation(ProcessRecord p, String what) {
        TaskKey who = TaskKey.processOf(p == null ? -1 : p.id);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ProtocolViolation(seq, nanos, task, what));
    }

    void hang(String report) {
        recorder.record(TaskKey.processOf(-1), (task, seq, nanos) -> new TraceEvent.Hang(seq, nanos, task, report));
    }

    void deadlock(String report) {
        recorder.record(TaskKey.processOf(-1),
                (task, seq, nanos) -> new TraceEvent.Deadlock(seq, nanos, task, report));
    }

    void livelock(String report) {
        recorder.record(TaskKey.processOf(-1),
                (task, seq, nanos) -> new TraceEvent.Livelock(seq, nanos, task, report));
    }

    /**
     * Forgets the previous program entirely: the next one starts from nothing, numbered from 0 and
     * 1. Frames still queued are not dropped: the DISMISS of the root's reused JVM may be among
     * them, queued when the root ended and not yet written, and without it that JVM would never
     * come back to the pool.
     */
    void reset() {
        processes.clear();
        objects.clear();
        threads.clear();
        names.clear();
        waits.clear();
        shared.reset();
        recorder.newLog();
    }
}
