package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The child JVMs: launches them, keeps {@code poolSize} of them started and ready so that a
 * process's start only hands over its work, and gives each process a JVM. A JVM proves which one
 * it is with the secret token it was launched with.
 *
 * <p>With JVM reuse, a JVM whose process ended cleanly ({@code PROCESS_DONE}) is dismissed, sets up
 * a fresh class loader and comes back ({@code READY}) to serve a later program: never a second
 * process of the same one. It is kept up to {@code poolSize} plus twice the largest program seen
 * (one program's worth serving the program that runs, one coming back from the program before).
 * A process that finds no idle JVM waits for one that is coming back, if one is, rather than
 * launching another: the next schedule's processes start while the last one's JVMs are still
 * setting up their class loaders, and a launch costs a hundred times more than that wait.
 */
final class JvmPool {
    /** How long a JVM that runs no process, or is exiting, may take to exit when the coordinator closes. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);
    /**
     * How long a process waits for a JVM that is coming back before one is launched for it: a
     * JVM comes back within milliseconds, unless it hangs or dies on the way.
     */
    private static final Duration RETURN_PATIENCE = Duration.ofMillis(250);
    /**
     * How long after a process took a pooled JVM its replacement is launched: a JVM's start keeps
     * both CPUs of a small machine busy for a while, and the process it was launched beside ran at
     * half speed meanwhile (start+join of an empty process in a pooled JVM: 67 ms beside a
     * launch, 45 ms after one).
     */
    private static final Duration REFILL_DELAY = Duration.ofMillis(100);
    /** How long an abandoned process may take to unwind before its JVM is killed after all. */
    private static final Duration ABANDON_GRACE = Duration.ofMillis(500);

    private final JvmLauncher launcher;
    private final SyncState state;
    private final int poolSize;
    /** Writes what the state queued; called after a JVM's exit changed it. */
    private final Runnable flushAll;
    private final BooleanSupplier closed;
    private final ScheduledExecutorService timers;
    private final Map<String, ChildJvm> launched = new HashMap<>(); // by token; guarded by state
    private final ArrayDeque<ChildJvm> idle = new ArrayDeque<>(); // ready JVMs; guarded by state
    private final ReturningJvms returning; // guarded by state
    private final SecureRandom random = new SecureRandom();
    /** Pool JVMs launched but not yet ready (no HELLO yet); guarded by state. */
    private int poolStarting;
    /** The most processes one program had, as seen when a reused JVM came back; guarded by state. */
    private int largestProgram;

    JvmPool(JvmLauncher launcher, SyncState state, int poolSize, Runnable flushAll, BooleanSupplier closed,
            ScheduledExecutorService timers) {
        this.launcher = launcher;
        this.state = state;
        this.poolSize = poolSize;
        this.flushAll = flushAll;
        this.closed = closed;
        this.timers = timers;
        this.returning = new ReturningJvms(state.processes);
    }

    /**
     * Registers the JVM that hosts the coordinator as the process {@code root}'s.
     *
     * @return the token with which that JVM's own connection identifies itself
     */
    String hostRoot(ProcessRecord root) {
        String token = newToken();
        synchronized (state) {
            launched.put(token, new ChildJvm(token, root));
        }
        return token;
    }

    /** A connection said HELLO: it runs its JVM's process, or joins the pool. False for an unknown token. */
    boolean hello(Session session, MessageDecoder.Hello hello) {
        synchronized (state) {
            ChildJvm jvm = hello.token() == null ? null : launched.get(hello.token());
            if (jvm == null || jvm.session != null) {
                return false;
            }
            jvm.session = session;
            jvm.pid = hello.pid();
            session.jvm = jvm;
            ProcessRecord p = jvm.record;
            if (p != null && p.work == null) {
                state.processes.running(p, jvm); // the root JVM that hosts this coordinator: it has its work already
            } else if (p != null) {
                state.processes.dispatch(p, jvm);
            } else {
                poolStarting--;
                idle.add(jvm);
            }
        }
        return true;
    }

    /** Gives the process a ready JVM from the pool, or one that is coming back, or launches one for it. */
    void provideJvm(ProcessRecord p) {
        boolean launch = false;
        synchronized (state) {
            ChildJvm jvm = takeIdle();
            if (jvm != null) {
                state.processes.dispatch(p, jvm);
            } else if (state.processes.jvms == JvmChoice.POOLED && returning.await(p)) {
                timers.schedule(() -> stopAwaiting(p), RETURN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                launch = true;
            }
        }
        if (launch) {
            launchFor(p);
        }
        refillPool();
    }

    private void launchFor(ProcessRecord p) {
        try {
            launchJvm(p); // reserved for p: its HELLO dispatches p
        } catch (JvmLauncher.ProcessLaunchException e) {
            synchronized (state) {
                state.processes.launchFailed(p, e.getMessage());
            }
        }
    }

    /** The process still waits for a returning JVM after {@link #RETURN_PATIENCE}: it gets a JVM of its own. */
    private void stopAwaiting(ProcessRecord p) {
        synchronized (state) {
            if (!returning.giveUp(p)) {
                return;
            }
        }
        launchFor(p);
        flushAll.run();
    }

    /** The first idle JVM (reused ones first) that may run a process of this program, or null. Under the state lock. */
    private ChildJvm takeIdle() {
        for (Iterator<ChildJvm> it = idle.iterator(); it.hasNext(); ) {
            ChildJvm jvm = it.next();
            if (mayRunThisProgram(jvm)) {
                it.remove();
                return jvm;
            }
        }
        return null;
    }

    /** How many idle JVMs could run a process of this program. Under the state lock. */
    private long idleForThisProgram() {
        return idle.stream().filter(this::mayRunThisProgram).count();
    }

    /** Never a second process of one program; with {@link JvmChoice#FRESH}, never a JVM that ran any. */
    private boolean mayRunThisProgram(ChildJvm jvm) {
        return state.processes.jvms == JvmChoice.FRESH ? jvm.program < 0 : jvm.program != state.processes.program();
    }

    /**
     * A process of a reusable JVM ended cleanly ({@code PROCESS_DONE}): its exit is final with the
     * code it said, and the JVM is dismissed, to come back READY. A process told to end is left to
     * end as told: its JVM is being killed, and its exit code says by what.
     */
    void processDone(Session session, int exitCode) throws ProtocolException {
        synchronized (state) {
            ChildJvm jvm = session.jvm;
            ProcessRecord p = session.process;
            if (jvm == null || jvm.os == null || p == null || jvm.record != p
                    || p.phase != ProcessRecord.Phase.RUNNING || p.finisher != null) {
                throw new ProtocolException("PROCESS_DONE from a connection whose process has not finished");
            }
            if (p.signal != null && !p.abandoned) {
                return;
            }
            largestProgram = Math.max(largestProgram, state.processes.all().size());
            state.waits.dropSession(session);
            state.processes.endedInReusableJvm(p, p.abandoned ? Signal.KILL.exitStatus() : exitCode);
            jvm.record = null; // the session keeps its process until READY: a late probe answer is the old one's
            returning.dismissed(jvm);
            state.outbox.send(session, new FrameBuilder(Op.DISMISS));
        }
    }

    /**
     * Ends a process of a controlled run that reached its verdict without killing its JVM, if every
     * thread of it waits in the library (the run stopped deciding): every call of it throws from now
     * on, its threads unwind, and it ends with PROCESS_DONE, its JVM kept for the next run, where a
     * kill would cost a JVM launch (a third of a second of CPU) per process of every failing run.
     * It is logged as killed whatever it does now, and killed after all if it does not end within
     * {@link #ABANDON_GRACE}. Under the state lock.
     *
     * @return false if the process must be killed instead
     */
    boolean abandon(ProcessRecord p) {
        ChildJvm jvm = p.jvm;
        if (!state.processes.controlled || p.phase != ProcessRecord.Phase.RUNNING || p.signal != null
                || p.work == null || jvm == null || jvm.os == null || p.session == null || !p.session.isQuiet()) {
            return false;
        }
        p.abandoned = true;
        p.signal = Signal.KILL; // as a killed process's, its exit code is -9
        state.outbox.send(p.session, new FrameBuilder(Op.ABANDON));
        timers.schedule(() -> {
            synchronized (state) {
                if (p.phase == ProcessRecord.Phase.RUNNING && jvm.record == p) {
                    jvm.signal(Signal.KILL);
                }
            }
        }, ABANDON_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * A dismissed JVM set up its fresh class loader: it runs a process that waits for it, or joins
     * the pool, or ends if the pool is full.
     */
    void ready(Session session) throws ProtocolException {
        synchronized (state) {
            ChildJvm jvm = session.jvm;
            if (jvm == null || jvm.record != null || session.process == null) {
                throw new ProtocolException("READY from a JVM that was not dismissed");
            }
            session.process = null;
            session.wakeups = 0; // its next process counts its wake-ups from 0 again
            session.quietAfter = -1;
            ProcessRecord awaiting = returning.back(jvm);
            if (awaiting != null && !closed.getAsBoolean()) {
                state.processes.dispatch(awaiting, jvm);
            } else if (closed.getAsBoolean() || idle.size() >= poolSize + 2L * largestProgram) {
                session.close(); // it ends as a pooled JVM does when its coordinator goes: by exiting
            } else {
                idle.addFirst(jvm); // taken before fresh ones: its host code, the agent and ASM are warm
            }
        }
    }

    /** Launches a JVM for {@code reserved}, or for the pool if null. */
    private void launchJvm(ProcessRecord reserved) throws JvmLauncher.ProcessLaunchException {
        if (closed.getAsBoolean()) {
            throw new JvmLauncher.ProcessLaunchException("cannot start a process: the program is ending", null);
        }
        ChildJvm jvm = new ChildJvm(newToken(), reserved);
        synchronized (state) {
            launched.put(jvm.token, jvm);
        }
        String name = reserved == null ? "a process" : reserved.name;
        try {
            JvmLauncher.Launched started = launcher.launch(jvm.token, name,
                    (line, stderr) -> rawLine(jvm, line, stderr));
            jvm.outputRead = started.outputRead();
            jvm.os = started.os();
        } catch (JvmLauncher.ProcessLaunchException e) {
            synchronized (state) {
                launched.remove(jvm.token);
            }
            throw e;
        }
        synchronized (state) {
            ProcessRecord p = jvm.record;
            if (p != null && p.jvm == jvm && p.signal != null) {
                state.processes.signal(p, p.signal); // told to end after its HELLO, before its JVM was known here
            }
        }
        jvm.os.onExit().thenRun(() -> jvmExited(jvm));
    }

    /**
     * Keeps {@code poolSize} JVMs starting, ready, or coming back and not yet claimed, launched off
     * the caller's thread {@link #REFILL_DELAY} from now. A pool JVM counts as starting from now
     * until its HELLO puts it in the pool, or it dies first.
     */
    private void refillPool() {
        int wanted;
        synchronized (state) {
            wanted = (int) Math.max(0, poolSize - idleForThisProgram() - poolStarting - returning.unclaimed());
            poolStarting += wanted;
        }
        for (int i = 0; i < wanted; i++) {
            try {
                timers.schedule(() -> Coordinator.daemon("mpgrade-pool").newThread(this::launchPoolJvm).start(),
                        REFILL_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                notLaunched();
            }
        }
    }

    private void launchPoolJvm() {
        if (closed.getAsBoolean()) {
            notLaunched();
            return;
        }
        try {
            launchJvm(null);
        } catch (JvmLauncher.ProcessLaunchException e) {
            notLaunched(); // the pool stays short; the next start() launches directly and says why
        }
    }

    private void notLaunched() {
        synchronized (state) {
            poolStarting--;
        }
    }

    /** A line a JVM wrote to its own stdout or stderr, not through the library: a JVM error, a crash. */
    private void rawLine(ChildJvm jvm, String line, boolean stderr) {
        synchronized (state) {
            jvm.remember(line);
            ProcessRecord p = jvm.record;
            if (p != null && p.phase == ProcessRecord.Phase.RUNNING) {
                state.output.line(p, TaskKey.processOf(p.id), stderr, line, null);
            }
        }
    }

    private void jvmExited(ChildJvm jvm) {
        ProcessRecord stranded = null;
        boolean early;
        synchronized (state) {
            early = jvm.record != null && jvm.record.phase == ProcessRecord.Phase.LAUNCHING;
        }
        if (early) {
            try {
                jvm.outputRead.get(2, TimeUnit.SECONDS); // the explanation is in its last words
            } catch (ExecutionException | TimeoutException e) {
                // explain with what was read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (state) {
            launched.remove(jvm.token);
            idle.remove(jvm);
            stranded = returning.lost(jvm);
            if (jvm.record == null && jvm.session == null) {
                poolStarting--; // a pool JVM that died before it was ready
            }
            ProcessRecord p = jvm.record;
            if (p != null && p.phase == ProcessRecord.Phase.LAUNCHING) {
                state.processes.launchFailed(p, JvmLauncher.explainEarlyExit(p.name, jvm.os.exitValue(), jvm.tail()));
            } else if (p != null) {
                if (jvm.session == null) {
                    p.sessionEnded = true;
                }
                state.processes.osExited(p, jvm.os.exitValue());
            }
        }
        flushAll.run();
        if (stranded != null) {
            launchFor(stranded);
            flushAll.run();
        }
    }

    /**
     * A connection ended. A JVM idle in the pool whose connection ended is dead, or dying: it
     * leaves the pool at once, not when its exit is seen, which may come later; a process handed
     * it in between would wait for ever for a connection that already ended. Under the state lock.
     */
    void connectionEnded(Session session) {
        ChildJvm jvm = session.jvm;
        if (jvm != null && jvm.record == null) {
            idle.remove(jvm);
        }
    }

    /**
     * Ends every JVM launched; the coordinator is closing. A reused JVM that runs no process now
     * is told to end by the end of its connection, and exits as a program does, so that a coverage
     * agent in it writes what its processes covered (a JVM that is not reused writes it as its one
     * process exits); it is waited for up to {@link #EXIT_GRACE}, then killed, and so is a JVM whose
     * process said it exits now ({@code EXITING}). Every other JVM is killed at once.
     */
    void endAll() {
        List<ChildJvm> others = new ArrayList<>();
        List<ChildJvm> reusedAndFree = new ArrayList<>();
        List<Session> theirSessions = new ArrayList<>();
        List<ChildJvm> exiting = new ArrayList<>();
        synchronized (state) {
            for (ChildJvm jvm : launched.values()) {
                if (jvm.record == null && jvm.program >= 0 && jvm.session != null && jvm.os != null) {
                    reusedAndFree.add(jvm);
                    theirSessions.add(jvm.session);
                } else if (jvm.record != null && jvm.record.exitingCode != null && jvm.os != null) {
                    exiting.add(jvm); // on its way out: what its exit still does (a coverage agent's data) is kept
                } else {
                    others.add(jvm);
                }
            }
        }
        others.forEach(jvm -> jvm.signal(Signal.KILL));
        theirSessions.forEach(Session::close);
        long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
        reusedAndFree.addAll(exiting);
        for (ChildJvm jvm : reusedAndFree) {
            try {
                jvm.os.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jvm.signal(Signal.KILL); // none left alive, whatever happened
        }
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
