package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.wire.Frame;
import io.github.mpgrade.multiprocessing.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.wire.Op;
import io.github.mpgrade.multiprocessing.wire.ProtocolException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides that a program is deadlocked: some task waits with no timeout, nothing has moved for
 * {@link #QUIET_NANOS}, and every running process answers a probe that all its threads are
 * blocked (in the library, or waiting on something only another blocked thread could give) —
 * and still nothing moved while the probe went round. Threads outside the library, sleeping or
 * computing make a process "not stuck", so slow code is never called a deadlock.
 */
final class DeadlockWatch implements Runnable {
    static final long QUIET_NANOS = 20_000_000L;
    private static final long TICK_MILLIS = 5;
    private static final long PROBE_PATIENCE_NANOS = 1_000_000_000L;

    /** A thread as a probed process described it. */
    record ThreadInfo(String name, boolean inLibrary, String state, String codeLine) {
    }

    private final Coordinator coordinator;
    private final SyncState state;
    // guarded by state
    private long lastVersion = -1;
    private long quietSince;
    private long probeVersion = -1;
    private long probeStarted;
    private final Set<ProcessRecord> awaiting = new HashSet<>();
    private final Map<TaskKey, ThreadInfo> threads = new HashMap<>();
    private boolean found;

    DeadlockWatch(Coordinator coordinator) {
        this.coordinator = coordinator;
        this.state = coordinator.state;
    }

    @Override
    public void run() {
        while (!coordinator.isClosed()) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (state) {
                tick(System.nanoTime());
            }
            coordinator.flushAll();
        }
    }

    private void tick(long now) {
        if (found || !state.someoneWaitsForEver() || state.someProcessLaunching()) {
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
        if (state.version != lastVersion) {
            lastVersion = state.version;
            quietSince = now;
            return;
        }
        if (now - quietSince < QUIET_NANOS) {
            return;
        }
        probeVersion = state.version;
        probeStarted = now;
        awaiting.clear();
        threads.clear();
        for (ProcessRecord p : state.runningProcesses()) {
            if (p.session != null) {
                awaiting.add(p);
                state.send(p.session, new FrameBuilder(Op.PROBE).putLong(probeVersion));
            }
        }
    }

    /** A process's answer: {@code probeId, stuck, n, n × (threadId, name, inLibrary, state, codeLine)}. */
    void probeReply(Session session, Frame f) throws ProtocolException {
        long probeId = f.getLong();
        boolean stuck = f.getBoolean();
        int count = f.getInt();
        if (count < 0 || count > 100_000) {
            throw new ProtocolException("probe reply with " + count + " threads");
        }
        Map<Long, ThreadInfo> reported = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            reported.put(f.getLong(), new ThreadInfo(f.getString(), f.getBoolean(), f.getString(), f.getString()));
        }
        f.end();
        DeadlockReport report = null;
        synchronized (state) {
            ProcessRecord p = session.process;
            if (p == null || probeId != probeVersion || !awaiting.contains(p)) {
                return;
            }
            if (!stuck) {
                probeVersion = -1;
                return;
            }
            awaiting.remove(p);
            reported.forEach((threadId, info) -> threads.put(new TaskKey(p.id, threadId), info));
            if (awaiting.isEmpty() && state.version == probeVersion) {
                found = true;
                report = DeadlockReports.build(state, threads);
            }
        }
        if (report != null) {
            coordinator.deadlockFound(report);
        }
    }
}
