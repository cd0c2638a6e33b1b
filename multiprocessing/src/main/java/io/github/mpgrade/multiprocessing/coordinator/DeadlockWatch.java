package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Decides that a program is deadlocked: some task waits with no timeout, nothing has moved for
 * {@link #QUIET_NANOS}, and every running process answers a probe that all its threads are
 * blocked (in the library, or waiting on something only another blocked thread could give) —
 * and still nothing moved while the probe went round. Threads outside the library, sleeping or
 * computing make a process "not stuck", so slow code is never called a deadlock. In a controlled
 * run it also ends a run whose task stays outside the library past the hang bound, reporting
 * that as an uncontrolled hang (never as a deadlock), a run whose tasks kept going without
 * progress ({@link LivelockProbe}), and a run that hit its step limit or whose scheduler failed.
 */
final class DeadlockWatch implements Runnable {
    static final long QUIET_NANOS = 20_000_000L;
    private static final long TICK_MILLIS = 5;
    private static final long PROBE_PATIENCE_NANOS = 1_000_000_000L;
    /**
     * How long a hang's report waits for the busy processes to say where they run: a hang is no
     * race, and a report without the student's line is of little use (a loaded machine can take
     * more than a second to schedule the JVM's reader while the task spins).
     */
    private static final long HANG_PROBE_PATIENCE_NANOS = 4_000_000_000L;
    /** Probe ids are state versions (>= 0); this one asks what the running threads are doing. */
    private static final long HANG_PROBE = -2;

    /** A thread as a probed process described it. */
    record ThreadInfo(String name, boolean inLibrary, String state, String codeLine) {
    }

    private final CurrentProgram program;
    private final SyncState state;
    private final BooleanSupplier closed;
    private final long hangBoundNanos;
    private long hangProbeStarted = -1;
    private final Map<TaskKey, ThreadInfo> running = new LinkedHashMap<>();
    private boolean ended;
    // guarded by state
    private long lastVersion = -1;
    private long quietSince;
    private long probeVersion = -1;
    private long probeStarted;
    private final Set<ProcessRecord> awaiting = new HashSet<>();
    private final Map<TaskKey, ThreadInfo> threads = new HashMap<>();
    private boolean found;
    /**
     * A free run's state version whose probe found every process stuck once: the verdict needs a
     * second probe at the same version. A thread woken by a reply but not yet running (a loaded
     * machine may not run it for tens of ms) can look parked outside the library to one probe,
     * and a run on the fast path may make no request for that long.
     */
    private long stuckOnceAt = -1;
    private final LivelockProbe livelockProbe = new LivelockProbe();

    DeadlockWatch(CurrentProgram program, SyncState state, Duration hangBound, BooleanSupplier closed) {
        this.program = program;
        this.state = state;
        this.closed = closed;
        this.hangBoundNanos = hangBound.toNanos();
    }

    /** A new program: forget the last one's verdicts. Under the state lock. */
    void reset() {
        lastVersion = -1;
        probeVersion = -1;
        hangProbeStarted = -1;
        awaiting.clear();
        threads.clear();
        running.clear();
        found = false;
        stuckOnceAt = -1;
        ended = false;
        livelockProbe.reset();
    }

    @Override
    public void run() {
        while (!closed.getAsBoolean()) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            String hang;
            LivelockReport livelock = null;
            boolean cutShort;
            synchronized (state) {
                tick(System.nanoTime());
                hang = checkHang(System.nanoTime());
                Controller controller = program.controller();
                if (!ended && hang == null && controller != null) {
                    livelock = livelockProbe.check(state, controller, System.nanoTime(), PROBE_PATIENCE_NANOS);
                }
                cutShort = !ended && controller != null && controller.cutShort();
                ended |= hang != null || livelock != null || cutShort;
            }
            if (hang != null) {
                program.hangFound(hang);
            } else if (livelock != null) {
                program.livelockFound(livelock);
            } else if (cutShort) {
                program.killPrograms();
            }
            program.flushAll();
        }
    }

    /** In a controlled run: probes the busy processes once past the bound, then reports what they ran. */
    private String checkHang(long now) {
        Controller controller = program.controller();
        if (controller == null || ended) {
            return null;
        }
        if (hangProbeStarted < 0) {
            if (controller.hung(now, hangBoundNanos)) {
                hangProbeStarted = now;
                running.clear();
                awaiting.clear();
                for (ProcessRecord p : state.processes.running()) {
                    if (p.session != null && !p.session.isQuiet()) {
                        awaiting.add(p);
                        state.outbox.send(p.session, new FrameBuilder(Op.PROBE).putLong(HANG_PROBE));
                    }
                }
            }
            return null;
        }
        if (!controller.hung(now, hangBoundNanos)) {
            hangProbeStarted = -1; // it came back after all
            return null;
        }
        if (!awaiting.isEmpty() && now - hangProbeStarted < HANG_PROBE_PATIENCE_NANOS) {
            return null;
        }
        StringBuilder report = new StringBuilder("Uncontrolled hang: a task ran for more than "
                + hangBoundNanos / 1_000_000_000 + " s without calling the library, so the run was stopped."
                + " This is not a deadlock: the task was busy (an endless loop, or a wait outside the library).\n");
        running.forEach((task, info) -> {
            report.append("  ").append(state.task(task)).append(" was ").append(info.state().equals("RUNNABLE")
                    ? "running" : "waiting (" + info.state() + ")");
            report.append(info.codeLine() == null ? "\n" : "\n      at " + info.codeLine() + "\n");
        });
        return report.toString();
    }

    private void tick(long now) {
        Controller controller = program.controller();
        boolean candidate = controller == null ? state.waits.someoneWaitsForEver() : controller.stuck();
        if (found || ended || !candidate || state.processes.someProcessLaunching()
                || state.processes.someProcessEnding()) {
            lastVersion = -1;
            probeVersion = -1;
            return;
        }
        if (probeVersion >= 0 && (state.version != probeVersion || now - probeStarted > PROBE_PATIENCE_NANOS)) {
            probeVersion = -1; // something moved, or a process did not answer: start over
        }
        if (probeVersion >= 0) {
            return;
        }
        // A controlled run is quiet by construction; a free one must show it by not moving for a while.
        if (controller == null && state.version != lastVersion) {
            lastVersion = state.version;
            quietSince = now;
            return;
        }
        if (controller == null && now - quietSince < QUIET_NANOS) {
            return;
        }
        probeVersion = state.version;
        probeStarted = now;
        awaiting.clear();
        threads.clear();
        for (ProcessRecord p : state.processes.running()) {
            if (p.session != null) {
                awaiting.add(p);
                state.outbox.send(p.session, new FrameBuilder(Op.PROBE).putLong(probeVersion));
            }
        }
    }

    /** A process's answer to a probe. */
    void probeReply(Session session, Message.ProbeAnswer answer) {
        long probeId = answer.probeId();
        Map<Long, ThreadInfo> reported = answer.threads();
        DeadlockReport report = null;
        synchronized (state) {
            ProcessRecord p = session.process;
            if (p != null && probeId == LivelockProbe.PROBE_ID) {
                livelockProbe.answer(p, reported);
                return;
            }
            if (p != null && probeId == HANG_PROBE && awaiting.remove(p)) {
                reported.forEach((threadId, info) -> {
                    if (!info.inLibrary() && !info.state().equals("WAITING") && !info.state().equals("BLOCKED")) {
                        running.put(new TaskKey(p.id, threadId), info);
                    }
                });
                return;
            }
            if (p == null || probeId != probeVersion || !awaiting.contains(p)) {
                return;
            }
            if (!answer.stuck()) {
                probeVersion = -1;
                return;
            }
            awaiting.remove(p);
            reported.forEach((threadId, info) -> {
                if (info.inLibrary() || info.state().equals("WAITING") || info.state().equals("BLOCKED")) {
                    threads.put(new TaskKey(p.id, threadId), info);
                }
            });
            if (awaiting.isEmpty() && state.version == probeVersion) {
                Controller controller = program.controller();
                if (controller == null && stuckOnceAt != probeVersion) {
                    stuckOnceAt = probeVersion;
                    probeVersion = -1; // the next tick probes again, the state still quiet
                    return;
                }
                found = true;
                report = DeadlockReports.build(state, threads,
                        controller == null ? state.waits.all() : controller.blockedWaiters());
            }
        }
        if (report != null) {
            program.deadlockFound(report);
        }
    }
}
