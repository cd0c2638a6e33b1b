package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes of the program and their life: launching, running, told to end (a signal, an
 * OS kill of the whole tree), finishing (Python's rule: a process exits once its non-daemon
 * children have, and terminates its daemonic ones) and ended, with Python's exit codes; and the
 * starts and joins that wait on them. Guarded by the state lock, whose waiters are woken when a
 * process ends.
 */
final class ProcessTable {
    private final Map<Integer, ProcessRecord> processes = new LinkedHashMap<>();
    private final Recorder recorder;
    private final Outbox outbox;
    private final WaitQueues waits;
    private final Object lock;
    private int nextId;
    /** Which program of this coordinator runs now, counted from 0. */
    private int program;
    /** Whether processes run under a scheduler: they then park at BEGIN and report QUIET. */
    boolean controlled;
    /** Which JVMs the processes of this program may run in. */
    JvmChoice jvms = JvmChoice.POOLED;

    ProcessTable(Recorder recorder, Outbox outbox, WaitQueues waits, Object lock) {
        this.recorder = recorder;
        this.outbox = outbox;
        this.waits = waits;
        this.lock = lock;
    }

    /** A new process, launching; numbered from 0, the program's root, in the order they are made. */
    ProcessRecord newProcess(String name, int parentId, boolean daemon, ProcessRecord.Work work) {
        ProcessRecord p = new ProcessRecord(nextId++, name, parentId, daemon, work);
        processes.put(p.id, p);
        return p;
    }

    /** The process with this number, or null. */
    ProcessRecord get(int id) {
        return processes.get(id);
    }

    /** Every process of the program, in the order they were made. */
    Collection<ProcessRecord> all() {
        return Collections.unmodifiableCollection(processes.values());
    }

    boolean anyLive() {
        return processes.values().stream().anyMatch(ProcessRecord::isLive);
    }

    long liveCount() {
        return processes.values().stream().filter(ProcessRecord::isLive).count();
    }

    /** A process has its JVM, and the JVM its connection: from now on the process runs. */
    void running(ProcessRecord p, ChildJvm jvm) {
        p.jvm = jvm;
        p.session = jvm.session;
        p.pid = jvm.pid;
        p.phase = ProcessRecord.Phase.RUNNING;
        jvm.record = p;
        jvm.program = program;
        jvm.session.process = p;
    }

    /** A process has its JVM and connection: hand it its work, answer {@code start()}. */
    void dispatch(ProcessRecord p, ChildJvm jvm) {
        running(p, jvm);
        ProcessRecord.Work work = p.work;
        FrameBuilder run = new FrameBuilder(Op.RUN).putInt(p.id).putString(p.name).putBoolean(controlled)
                .putBytes(work.processBytes()).putString(work.mainClass()).putInt(work.args().size());
        work.args().forEach(run::putString);
        outbox.wake(jvm.session, run);
        TaskKey starter = p.starter == null ? TaskKey.processOf(p.id) : p.starter.task;
        recorder.record(starter, (task, seq, nanos) -> new TraceEvent.ProcessStart(seq, nanos, task, p.name, p.pid));
        if (p.starter != null) {
            outbox.reply(p.starter.session, p.starter.requestId, Status.OK, p.id, p.pid, null, null);
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
            outbox.reply(p.starter.session, p.starter.requestId, Status.START_FAILED, 0, 0, null, reason);
            p.starter = null;
        }
        processFinished(p);
    }

    void join(Session s, long requestId, TaskKey who, ProcessRecord p, long timeoutMillis) {
        if (p.phase == ProcessRecord.Phase.EXITED) {
            int exitCode = p.exitCode;
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.Join(seq, nanos, task, p.name, exitCode));
            outbox.ok(s, requestId, exitCode);
        } else if (timeoutMillis == 0) {
            outbox.timeout(s, requestId);
        } else {
            waits.park(new Waiter(Waiter.Kind.JOIN, s, requestId, who, p), timeoutMillis);
        }
    }

    /** A process's main work is done: it may exit once its non-daemon children have (Python's rule). */
    void finishing(Session s, long requestId, TaskKey who, ProcessRecord p) {
        Waiter w = new Waiter(Waiter.Kind.FINISHING, s, requestId, who, p);
        p.finisher = w;
        waits.park(w, -1);
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
        waits.remove(p.finisher);
        outbox.ok(p.finisher.session, p.finisher.requestId, 0);
        p.finisher = null;
    }

    /** Sends SIGTERM or SIGKILL to a running process and whatever it started. */
    void signal(ProcessRecord p, Signal signal) {
        if (!p.isLive() || p.work == null || p.abandoned) {
            return; // ended, the root JVM that hosts the coordinator, or ending as if killed already
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

    /**
     * A process of a reusable JVM ended cleanly and said with what exit code, in its last frame:
     * everything it sent has been read, and its exit is final, as a JVM's exit would be.
     */
    void endedInReusableJvm(ProcessRecord p, int code) {
        p.sessionEnded = true;
        p.finisher = null;
        osExited(p, code);
    }

    /**
     * A free run's process said it ends with this code and its JVM exits now: once its connection
     * has ended too, it is over, as if its JVM had exited. In a controlled run, where its JVM's
     * exit is part of the schedule (and a coverage agent may still write its data), its exit is
     * waited for; so it is for a process told to end, whose exit code says by what.
     */
    void exiting(ProcessRecord p, int code) {
        if (!controlled && p.signal == null) {
            p.exitingCode = code;
            maybeFinish(p);
        }
    }

    /** The process's connection ended: everything it sent has been read. */
    void sessionEnded(ProcessRecord p) {
        p.sessionEnded = true;
        p.finisher = null;
        maybeFinish(p);
    }

    /** A process is over once its JVM exited (or said it exits now) and everything it sent was read. */
    private void maybeFinish(ProcessRecord p) {
        if (p.phase != ProcessRecord.Phase.RUNNING || !(p.osExited || p.exitingCode != null) || !p.sessionEnded) {
            return;
        }
        if (!p.osExited) {
            p.rawExitCode = p.exitingCode;
        }
        p.phase = ProcessRecord.Phase.EXITED;
        int code = p.abandoned ? Signal.KILL.exitStatus() : p.rawExitCode; // however the abandoned one ended
        if (p.signal != null && (code == p.signal.exitStatus() || code == Signal.KILL.exitStatus())) {
            // Python reports a killed process as -signal; a JVM told to terminate may be killed after all
            code = code == Signal.KILL.exitStatus() ? Signal.KILL.pythonExitCode() : p.signal.pythonExitCode();
        }
        p.exitCode = code;
        int exitCode = code;
        recorder.record(TaskKey.processOf(p.id),
                (task, seq, nanos) -> new TraceEvent.ProcessExit(seq, nanos, task, p.name, exitCode));
        for (Waiter w : waits.waitersFor(p)) {
            if (w.kind == Waiter.Kind.JOIN) {
                waits.remove(w);
                recorder.record(w.task, (task, seq, nanos) -> new TraceEvent.Join(seq, nanos, task, p.name, exitCode));
                outbox.ok(w.session, w.requestId, exitCode);
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
        lock.notifyAll(); // for threads waiting for the program to end
    }

    /** Whether a process was sent a signal and has not ended yet: its end will wake its joiners. */
    boolean someProcessEnding() {
        return processes.values().stream().anyMatch(p -> p.isLive() && p.signal != null);
    }

    boolean someProcessLaunching() {
        return processes.values().stream().anyMatch(p -> p.phase == ProcessRecord.Phase.LAUNCHING);
    }

    List<ProcessRecord> running() {
        return processes.values().stream().filter(p -> p.phase == ProcessRecord.Phase.RUNNING).toList();
    }

    /** Forgets the last program's processes: the next one's root is number 0 again. */
    void clear() {
        processes.clear();
        nextId = 0;
        program++;
    }

    /** Which program of this coordinator runs now (or ran last), counted from 0. */
    int program() {
        return program;
    }
}
