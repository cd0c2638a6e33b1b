package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.wire.Op;
import io.github.mpgrade.multiprocessing.wire.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything the coordinator decides: the synchronization objects, the processes, who waits for
 * what, and the event log. Every method runs under this object's monitor, so the log has one
 * order; replies are queued on sessions and written by the caller after it lets go of the monitor
 * ({@link #takeDirtySessions()}).
 */
final class SyncState {
    /** Beyond this many characters of output a process's further lines are counted, not kept. */
    static final long OUTPUT_CAP_CHARS = 4L << 20;

    /** The current run's log; a new one for each program the coordinator runs. */
    EventLog log = new EventLog();
    final Map<Integer, ProcessRecord> processes = new LinkedHashMap<>();
    private final Map<Integer, SemCore> sems = new HashMap<>();
    private final Map<Integer, ValueCell> values = new HashMap<>();
    private final Map<Integer, QueueCell> queues = new HashMap<>();
    private final Map<TaskKey, String> threadNames = new HashMap<>();
    private final Map<TaskKey, String> stableNames = new HashMap<>();
    private final Map<String, Integer> nameCopies = new HashMap<>();
    private final Map<ObjectKind, Integer> labelCounters = new HashMap<>();
    private final Set<Session> dirty = new LinkedHashSet<>();
    private final ScheduledExecutorService timers;
    private final Console console;
    /** Writes the queued replies; called after a timer changed the state. */
    private final Runnable flusher;
    private long waitSequence;
    private int nextObjectId = 1;
    private int nextProcessId;
    private int timedWaiters;
    /** Bumped by every request: the deadlock watch trusts a verdict only if nothing moved. */
    long version;
    /** Whether processes run under a scheduler: they then park at BEGIN and report QUIET. */
    boolean controlled;

    SyncState(ScheduledExecutorService timers, Console console, Runnable flusher) {
        this.timers = timers;
        this.console = console;
        this.flusher = flusher;
    }

    // ---------------------------------------------------------------- replies

    private void reply(Session session, long requestId, byte status, long number, byte[] data, String message) {
        reply(session, requestId, status, number, 0, data, message);
    }

    private void reply(Session session, long requestId, byte status, long number, long extra, byte[] data,
                       String message) {
        session.enqueue(new FrameBuilder(Op.REPLY).putLong(requestId).putByte(status).putLong(number)
                .putLong(extra).putBytes(data).putString(message).build());
        session.wakeups++;
        dirty.add(session);
    }

    private void reply(Waiter w, byte status, long number, byte[] data) {
        w.cancelTimer();
        if (w.timer != null) {
            timedWaiters--;
            w.timer = null;
        }
        reply(w.session, w.requestId, status, number, data, null);
    }

    private void ok(Session session, long requestId, long number) {
        reply(session, requestId, Status.OK, number, null, null);
    }

    private void illegal(Session session, long requestId, String message) {
        reply(session, requestId, Status.ILLEGAL_STATE, 0, null, message);
    }

    void send(Session session, FrameBuilder frame) {
        session.enqueue(frame.build());
        dirty.add(session);
    }

    List<Session> takeDirtySessions() {
        List<Session> sessions = new ArrayList<>(dirty);
        dirty.clear();
        return sessions;
    }

    // ---------------------------------------------------------------- identities

    Task task(TaskKey key) {
        ProcessRecord p = processes.get(key.processId());
        String processName = p == null ? "process " + key.processId() : p.name;
        String threadName = key.threadId() < 0 ? "-" : threadNames.getOrDefault(key, "thread " + key.threadId());
        return new Task(key.processId(), processName, key.threadId(), threadName);
    }

    void nameThread(TaskKey key, String name) {
        threadNames.put(key, name);
        if (!stableNames.containsKey(key)) {
            // Java numbers threads in the order they are created, which a schedule fixes; the order
            // in which they first call the library it does not, so only a repeated name gets a suffix.
            String stable = processes.get(key.processId()) + "/" + name;
            int copies = nameCopies.merge(stable, 1, Integer::sum);
            stableNames.put(key, copies == 1 ? stable : stable + "#" + copies);
        }
    }

    /**
     * The task's name that is the same in every run of the same schedule ({@code Process-1/main},
     * {@code MainProcess/Thread-0}): thread ids differ from JVM to JVM, thread names do not.
     */
    String stableName(TaskKey key) {
        return stableNames.getOrDefault(key, processes.get(key.processId()) + "/thread" + key.threadId());
    }

    /** The locks and semaphores the task holds now. */
    List<String> holdings(TaskKey key) {
        List<String> held = new ArrayList<>();
        for (SemCore sem : sems.values()) {
            if (!sem.isInternal() && sem.holders().contains(key)) {
                held.add(sem.object.name());
            }
        }
        held.sort(null);
        return held;
    }

    /** Names a new object after its kind and how many of that kind the program made before it. */
    private SyncObject newObject(ObjectKind kind) {
        int n = labelCounters.merge(kind, 1, Integer::sum);
        return new SyncObject(kind.label() + "-" + n, kind);
    }

    /** Marks a request as movement: resets the deadlock watch's quiet period. */
    void touch() {
        version++;
    }

    // ---------------------------------------------------------------- semaphores and locks

    void createSem(Session s, long requestId, TaskKey who, ObjectKind kind, int value, int max, String site) {
        SemCore sem = new SemCore(nextObjectId++, newObject(kind), value, max, site);
        sems.put(sem.id, sem);
        log.append((seq, nanos) -> new TraceEvent.Create(seq, nanos, task(who), sem.object, value, site));
        ok(s, requestId, sem.id);
    }

    SemCore sem(int id) {
        return sems.get(id);
    }

    /**
     * Acquire with timeout: -1 waits for ever, 0 only tries. A controlled run logs the patience the
     * program asked for, but may only try.
     */
    void acquire(Session s, long requestId, TaskKey who, SemCore sem, long timeoutMillis, Patience asked) {
        log.append((seq, nanos) -> new TraceEvent.AcquireRequest(seq, nanos, task(who), sem.object, asked));
        if (sem.tryTake(who)) {
            log.append((seq, nanos) -> new TraceEvent.AcquireGrant(seq, nanos, task(who), sem.object));
            ok(s, requestId, 1);
        } else if (timeoutMillis == 0) {
            log.append((seq, nanos) -> new TraceEvent.AcquireTimeout(seq, nanos, task(who), sem.object));
            reply(s, requestId, Status.TIMEOUT, 0, null, null);
        } else {
            park(new Waiter(Waiter.Kind.ACQUIRE, s, requestId, who, sem), timeoutMillis);
        }
    }

    void release(Session s, long requestId, TaskKey who, SemCore sem) {
        String refused = sem.release(who, this::task);
        if (refused != null) {
            illegal(s, requestId, refused);
            return;
        }
        log.append((seq, nanos) -> new TraceEvent.Release(seq, nanos, task(who), sem.object));
        ok(s, requestId, 0);
        handOff(sem);
    }

    void acknowledge(Session s, long requestId) {
        ok(s, requestId, 0);
    }

    void ownedDepth(Session s, long requestId, TaskKey who, SemCore sem) {
        ok(s, requestId, sem.depthHeldBy(who));
    }

    /** Grants the freed permits to the waiters in the order they came (no barging). */
    private void handOff(SemCore sem) {
        for (Iterator<Waiter> it = waitersOf(sem).iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (!sem.tryTake(w.task)) {
                return;
            }
            it.remove();
            log.append((seq, nanos) -> new TraceEvent.AcquireGrant(seq, nanos, task(w.task), sem.object));
            reply(w, Status.OK, 1, null);
        }
    }

    private final Map<OperationTarget, List<Waiter>> waiters = new HashMap<>();

    /** Forgets the previous program entirely: the next one starts from nothing, numbered from 0 and 1. */
    void reset() {
        processes.clear();
        sems.clear();
        values.clear();
        queues.clear();
        threadNames.clear();
        stableNames.clear();
        nameCopies.clear();
        labelCounters.clear();
        waiters.clear();
        dirty.clear();
        nextObjectId = 1;
        nextProcessId = 0;
        timedWaiters = 0;
        log = new EventLog();
    }

    private List<Waiter> waitersOf(OperationTarget target) {
        return waiters.computeIfAbsent(target, t -> new ArrayList<>());
    }

    private void park(Waiter w, long timeoutMillis) {
        w.sequence = waitSequence++;
        waitersOf(w.target).add(w);
        if (timeoutMillis > 0) {
            timedWaiters++;
            w.timer = timers.schedule(() -> {
                synchronized (this) {
                    expire(w);
                }
                flusher.run();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void expire(Waiter w) {
        if (!waitersOf(w.target).remove(w)) {
            return; // granted just before the timer fired
        }
        w.timer = null;
        timedWaiters--;
        touch();
        if (w.kind == Waiter.Kind.ACQUIRE) {
            SyncObject sem = ((SemCore) w.target).object;
            log.append((seq, nanos) -> new TraceEvent.AcquireTimeout(seq, nanos, task(w.task), sem));
        }
        reply(w.session, w.requestId, Status.TIMEOUT, 0, null, null);
    }

    // ---------------------------------------------------------------- values and queues

    void createValue(Session s, long requestId, TaskKey who, byte[] data, String shown, String site) {
        ValueCell cell = new ValueCell(nextObjectId++, newObject(ObjectKind.VALUE), site, data, shown);
        values.put(cell.id, cell);
        log.append((seq, nanos) -> new TraceEvent.Create(seq, nanos, task(who), cell.object, 0, site));
        log.append((seq, nanos) -> new TraceEvent.ValueSet(seq, nanos, task(who), cell.object, shown));
        ok(s, requestId, cell.id);
    }

    ValueCell value(int id) {
        return values.get(id);
    }

    void valueGet(Session s, long requestId, TaskKey who, ValueCell cell) {
        String shown = cell.shown;
        log.append((seq, nanos) -> new TraceEvent.ValueGet(seq, nanos, task(who), cell.object, shown));
        reply(s, requestId, Status.OK, 0, cell.data, null);
    }

    void valueSet(Session s, long requestId, TaskKey who, ValueCell cell, byte[] data, String shown) {
        cell.data = data;
        cell.shown = shown;
        log.append((seq, nanos) -> new TraceEvent.ValueSet(seq, nanos, task(who), cell.object, shown));
        ok(s, requestId, 0);
    }

    void createQueue(Session s, long requestId, TaskKey who, String site) {
        QueueCell queue = new QueueCell(nextObjectId++, newObject(ObjectKind.QUEUE), site);
        queues.put(queue.id, queue);
        log.append((seq, nanos) -> new TraceEvent.Create(seq, nanos, task(who), queue.object, 0, site));
        ok(s, requestId, queue.id);
    }

    QueueCell queue(int id) {
        return queues.get(id);
    }

    void queuePut(Session s, long requestId, TaskKey who, QueueCell queue, byte[] data, String shown) {
        log.append((seq, nanos) -> new TraceEvent.QueuePut(seq, nanos, task(who), queue.object, shown));
        ok(s, requestId, 0);
        List<Waiter> getters = waitersOf(queue);
        if (!getters.isEmpty()) {
            Waiter w = getters.remove(0);
            log.append((seq, nanos) -> new TraceEvent.QueueGet(seq, nanos, task(w.task), queue.object, shown));
            reply(w, Status.OK, 0, data);
        } else {
            queue.items.add(new QueueCell.Item(data, shown));
        }
    }

    void queueGet(Session s, long requestId, TaskKey who, QueueCell queue, long timeoutMillis) {
        QueueCell.Item item = queue.items.poll();
        if (item != null) {
            log.append((seq, nanos) -> new TraceEvent.QueueGet(seq, nanos, task(who), queue.object, item.shown()));
            reply(s, requestId, Status.OK, 0, item.data(), null);
        } else if (timeoutMillis == 0) {
            reply(s, requestId, Status.TIMEOUT, 0, null, null);
        } else {
            park(new Waiter(Waiter.Kind.QUEUE_GET, s, requestId, who, queue), timeoutMillis);
        }
    }

    // ---------------------------------------------------------------- processes

    ProcessRecord newProcess(String name, int parentId, boolean daemon, ProcessRecord.Work work) {
        ProcessRecord p = new ProcessRecord(nextProcessId++, name, parentId, daemon, work);
        processes.put(p.id, p);
        return p;
    }

    /** A process has its JVM, and the JVM its connection: from now on the process runs. */
    void running(ProcessRecord p, ChildJvm jvm) {
        p.jvm = jvm;
        p.session = jvm.session;
        p.pid = jvm.pid;
        p.phase = ProcessRecord.Phase.RUNNING;
        jvm.record = p;
        jvm.session.process = p;
    }

    /** A process has its JVM and connection: hand it its work, answer {@code start()}. */
    void dispatch(ProcessRecord p, ChildJvm jvm) {
        running(p, jvm);
        ProcessRecord.Work work = p.work;
        FrameBuilder run = new FrameBuilder(Op.RUN).putInt(p.id).putString(p.name).putBoolean(controlled)
                .putBytes(work.processBytes()).putString(work.mainClass()).putInt(work.args().size());
        work.args().forEach(run::putString);
        send(jvm.session, run);
        jvm.session.wakeups++;
        TaskKey starter = p.starter == null ? TaskKey.processOf(p.id) : p.starter.task;
        log.append((seq, nanos) -> new TraceEvent.ProcessStart(seq, nanos, task(starter), p.name, p.pid));
        if (p.starter != null) {
            reply(p.starter.session, p.starter.requestId, Status.OK, p.id, p.pid, null, null);
            p.starter = null;
        }
        if (p.signal != null) {
            signal(p, p.signal); // told to end while it was starting
        }
    }

    /** The process could not be given a JVM: {@code start()} fails with the reason. */
    void launchFailed(ProcessRecord p, String reason) {
        p.phase = ProcessRecord.Phase.FAILED;
        p.startFailure = reason;
        if (p.starter != null) {
            reply(p.starter.session, p.starter.requestId, Status.START_FAILED, 0, null, reason);
            p.starter = null;
        }
        processFinished(p);
    }

    void join(Session s, long requestId, TaskKey who, ProcessRecord p, long timeoutMillis) {
        if (p.phase == ProcessRecord.Phase.EXITED) {
            int exitCode = p.exitCode;
            log.append((seq, nanos) -> new TraceEvent.Join(seq, nanos, task(who), p.name, exitCode));
            ok(s, requestId, p.exitCode);
        } else if (timeoutMillis == 0) {
            reply(s, requestId, Status.TIMEOUT, 0, null, null);
        } else {
            park(new Waiter(Waiter.Kind.JOIN, s, requestId, who, p), timeoutMillis);
        }
    }

    /** A process's main work is done: it may exit once its non-daemon children have (Python's rule). */
    void finishing(Session s, long requestId, TaskKey who, ProcessRecord p) {
        Waiter w = new Waiter(Waiter.Kind.FINISHING, s, requestId, who, p);
        p.finisher = w;
        park(w, -1);
        checkFinisher(p);
    }

    /** Whether a non-daemon child of {@code p} still runs: {@code p} may not exit before it ends. */
    boolean hasLiveChildrenToWaitFor(ProcessRecord p) {
        return processes.values().stream().anyMatch(child -> child.parentId == p.id && child.isLive() && !child.daemon);
    }

    private void checkFinisher(ProcessRecord p) {
        if (p.finisher == null || hasLiveChildrenToWaitFor(p)) {
            return;
        }
        boolean daemonsLeft = false;
        for (ProcessRecord child : processes.values()) {
            if (child.parentId == p.id && child.isLive()) {
                if (child.signal == null) {
                    signal(child, Signal.TERMINATE); // daemonic children are terminated when their parent exits
                }
                daemonsLeft = true;
            }
        }
        if (daemonsLeft) {
            return; // and waited for, as Python does: each one's end checks again
        }
        waitersOf(p).remove(p.finisher);
        reply(p.finisher, Status.OK, 0, null);
        p.finisher = null;
    }

    /** Sends SIGTERM or SIGKILL to a running process and whatever it started. */
    void signal(ProcessRecord p, Signal signal) {
        if (!p.isLive() || p.work == null) {
            return; // ended, or the root JVM that hosts the coordinator
        }
        p.signal = signal;
        if (p.jvm == null || p.jvm.os == null) {
            return; // its JVM is still starting: dispatch() or JvmPool.launchJvm() sends the signal
        }
        p.jvm.signal(signal);
    }

    void osExited(ProcessRecord p, int code) {
        p.osExited = true;
        p.rawExitCode = code;
        maybeFinish(p);
    }

    /** The connection ended: its pending requests can never be answered; drop them. */
    void sessionEnded(Session session) {
        for (List<Waiter> list : waiters.values()) {
            list.removeIf(w -> {
                if (w.session == session) {
                    w.cancelTimer();
                    if (w.timer != null) {
                        timedWaiters--;
                    }
                    return true;
                }
                return false;
            });
        }
        ProcessRecord p = session.process;
        if (p != null) {
            p.sessionEnded = true;
            p.finisher = null;
            maybeFinish(p);
        }
    }

    /** A process is over once its JVM exited and everything it sent was read. */
    private void maybeFinish(ProcessRecord p) {
        if (p.phase != ProcessRecord.Phase.RUNNING || !p.osExited || !p.sessionEnded) {
            return;
        }
        p.phase = ProcessRecord.Phase.EXITED;
        int code = p.rawExitCode;
        if (p.signal != null && (code == p.signal.exitStatus() || code == Signal.KILL.exitStatus())) {
            // Python reports a killed process as -signal; a JVM told to terminate may be killed after all
            code = code == Signal.KILL.exitStatus() ? Signal.KILL.pythonExitCode() : p.signal.pythonExitCode();
        }
        p.exitCode = code;
        int exitCode = code;
        Task process = task(TaskKey.processOf(p.id));
        log.append((seq, nanos) -> new TraceEvent.ProcessExit(seq, nanos, process, p.name, exitCode));
        for (Waiter w : List.copyOf(waitersOf(p))) {
            if (w.kind == Waiter.Kind.JOIN) {
                waitersOf(p).remove(w);
                log.append((seq, nanos) -> new TraceEvent.Join(seq, nanos, task(w.task), p.name, exitCode));
                reply(w, Status.OK, code, null);
            }
        }
        processFinished(p);
    }

    private void processFinished(ProcessRecord p) {
        if (p.parentId < 0) {
            // The root is gone: what it left running is orphaned; end it, as the root's tree ends.
            processes.values().forEach(orphan -> signal(orphan, Signal.KILL));
        }
        ProcessRecord parent = processes.get(p.parentId);
        if (parent != null) {
            checkFinisher(parent);
        }
        notifyAll(); // for threads waiting for the program to end
    }

    // ---------------------------------------------------------------- output

    /** A line a task printed; {@code site} is the line of its code that printed it, if known. */
    void output(ProcessRecord p, TaskKey who, boolean stderr, String line, String site) {
        if (p.outputCut) {
            return;
        }
        p.outputChars += line.length() + 1;
        if (p.outputChars > OUTPUT_CAP_CHARS) {
            p.outputCut = true;
            String note = "[mpgrade: " + p.name + " printed more than " + (OUTPUT_CAP_CHARS >> 20)
                    + " MiB; its further output is dropped]";
            log.append((seq, nanos) -> new TraceEvent.ErrorOutput(seq, nanos, task(who), note));
            console.line(p.name, true, note);
            return;
        }
        if (stderr) {
            log.append((seq, nanos) -> new TraceEvent.ErrorOutput(seq, nanos, task(who), line));
        } else {
            log.append((seq, nanos) -> new TraceEvent.Output(seq, nanos, task(who), line, site));
        }
        if (p.echo) {
            console.line(p.name, stderr, line);
        }
    }

    void protocolViolation(ProcessRecord p, String what) {
        TaskKey who = TaskKey.processOf(p == null ? -1 : p.id);
        log.append((seq, nanos) -> new TraceEvent.ProtocolViolation(seq, nanos, task(who), what));
    }

    void hang(String report) {
        log.append((seq, nanos) -> new TraceEvent.Hang(seq, nanos, task(TaskKey.processOf(-1)), report));
    }

    void deadlock(String report) {
        log.append((seq, nanos) -> new TraceEvent.Deadlock(seq, nanos, task(TaskKey.processOf(-1)), report));
    }

    // ---------------------------------------------------------------- for the deadlock watch

    /** Whether some task waits with no timeout to end its wait. */
    boolean someoneWaitsForEver() {
        if (timedWaiters > 0) {
            return false;
        }
        return waiters.values().stream().anyMatch(list -> !list.isEmpty());
    }

    /** Whether a process was sent a signal and has not ended yet: its end will wake its joiners. */
    boolean someProcessEnding() {
        return processes.values().stream().anyMatch(p -> p.isLive() && p.signal != null);
    }

    boolean someProcessLaunching() {
        return processes.values().stream().anyMatch(p -> p.phase == ProcessRecord.Phase.LAUNCHING);
    }

    List<ProcessRecord> runningProcesses() {
        return processes.values().stream().filter(p -> p.phase == ProcessRecord.Phase.RUNNING).toList();
    }

    /** Every waiting request, in the order the tasks began to wait. */
    List<Waiter> allWaiters() {
        List<Waiter> all = new ArrayList<>();
        waiters.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.sequence, b.sequence));
        return all;
    }

    List<SemCore> sems() {
        return List.copyOf(sems.values());
    }
}
