package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.Transport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one process that sees every synchronization call of a program. It launches every process
 * of the program (each a child JVM that connects back to it), holds all synchronization state,
 * decides every grant, records the event log, and ends the whole process tree when the program
 * ends, when it deadlocks, or when the coordinator's own JVM exits or dies (a child whose
 * connection breaks halts at once).
 *
 * <p>Two ways to live: inside a program's root JVM, started by the first primitive or
 * {@code start()} ({@link #forRoot}), or in a JVM that launches the program as a child
 * ({@link #start} then {@link #launch}) — how the harness runs student programs, so their code
 * never runs in its JVM.
 *
 * <p>This class only assembles the parts: the {@link SessionServer} reads what processes send,
 * the {@link RequestHandler} carries it out on the {@link SyncState}, the {@link JvmPool} gives
 * processes their JVMs, the {@link CurrentProgram} holds the run and its verdicts, and the
 * {@link DeadlockWatch} finds deadlocks and hangs.
 */
public final class Coordinator implements AutoCloseable {
    /** Exit status of a program whose root coordinator found a deadlock. */
    public static final int DEADLOCK_EXIT_STATUS = 3;
    /** How often the fast path's event rings are drained into the log when nothing else drains them. */
    /**
     * How often the event rings of a free run's fast path are drained while processes write to
     * them: a ring holds a few milliseconds of a busy process's calls, and a full ring stalls its
     * writer until the coordinator empties it, so a drain must come before that and log few enough
     * records to hold the state lock only briefly.
     */
    private static final long BUSY_DRAIN_PERIOD_MILLIS = 1;
    /** How often they are drained while no process writes to them. */
    private static final long IDLE_DRAIN_PERIOD_MILLIS = 10;

    private final Path workDirectory;
    private final String address;
    private final ScheduledExecutorService timers;
    private final SyncState state;
    private final CurrentProgram program;
    private final JvmPool pool;
    private final DeadlockWatch watch;
    private final SessionServer server;
    /** Also closes the sockets: the JVM's exit waits ~300 ms for threads blocked in a socket call. */
    private final Thread shutdownHook = new Thread(this::close, "mpgrade-shutdown");
    private volatile boolean closed;

    private Coordinator(Options options) throws IOException {
        this.workDirectory = Files.createTempDirectory("mpg");
        ServerSocketChannel channel = SessionServer.bind(workDirectory);
        this.address = Transport.describe(channel.getLocalAddress());
        JvmLauncher launcher = new JvmLauncher(options.launchSpec(), address, workDirectory, options.jvmReuse(),
                options.preload());
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("mpgrade-timer"));
        this.state = new SyncState(timers, options.console(), this::flushAll);
        // a ring for every process a program may have alive, and one for a process still ending
        state.shared.useFolder(workDirectory, options.maxProcesses() + 1);
        timers.schedule(this::drainSharedMemory, IDLE_DRAIN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        this.program = new CurrentProgram(state, options.onDeadlock(), options.maxSteps(), this::abandon);
        this.pool = new JvmPool(launcher, state, options.poolSize(), program::flushAll, this::isClosed,
                timers);
        this.watch = new DeadlockWatch(program, state, options.hangBound(), this::isClosed);
        RequestHandler handler = new RequestHandler(state, program, pool, watch, options.maxProcesses());
        this.server = new SessionServer(channel, state, timers, pool, handler, program::flushAll, this::isClosed,
                program::coordinatorFailed);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        server.start();
        daemon("mpgrade-deadlock-watch").newThread(watch).start();
    }

    /** Starts a coordinator that will launch programs with {@link #launch}. */
    public static Coordinator start(Options options) throws IOException {
        return new Coordinator(options);
    }

    /**
     * Starts the coordinator inside a program's root JVM and registers that JVM as the program's
     * root process, {@code MainProcess}: the one way in for the program's side of the runtime.
     * The root's own output is not echoed (it prints to its console itself); its children's goes
     * to {@code out} and {@code err}. A deadlock is printed on {@code err} and ends the JVM with
     * {@link #DEADLOCK_EXIT_STATUS}. System property {@code mpgrade.pool}: how many JVMs to keep
     * ready (default 1).
     *
     * @return where the root connects, and the token with which its connection identifies itself
     */
    public static RootConnection forRoot(PrintStream out, PrintStream err) throws IOException {
        Options defaults = Options.defaults(LaunchSpec.ofCurrentJvm());
        Options options = LaunchSpec.mainClassOfCurrentJvm().map(defaults::withPreload).orElse(defaults)
                .withPoolSize(Integer.getInteger("mpgrade.pool", 1))
                .withConsole(Console.of(out, err))
                .withOnDeadlock(report -> {
                    err.print(report.text());
                    err.flush();
                    System.exit(DEADLOCK_EXIT_STATUS);
                });
        Coordinator coordinator = new Coordinator(options);
        ProcessRecord root;
        synchronized (coordinator.state) {
            root = coordinator.state.processes.newProcess("MainProcess", -1, false, null);
            root.echo = false;
        }
        return new RootConnection(coordinator.address, coordinator.pool.hostRoot(root));
    }

    /** Where a program's root JVM connects to the coordinator it hosts, and the token it says HELLO with. */
    public record RootConnection(String address, String token) {
    }

    /** The address children connect to: {@code unix:/path} or {@code tcp:port}. */
    public String address() {
        return address;
    }

    /** The log of the program running now (or last). */
    public EventLog log() {
        synchronized (state) {
            state.shared.drain();
            return state.log();
        }
    }

    private void drainSharedMemory() {
        int drained = 0;
        try {
            synchronized (state) {
                drained = state.shared.drain();
            }
        } finally { // whatever one drain met, the next one comes
            if (!closed) {
                timers.schedule(this::drainSharedMemory,
                        drained > 0 ? BUSY_DRAIN_PERIOD_MILLIS : IDLE_DRAIN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Launches a program in a free run: a child JVM runs {@code mainClass.main(args)} as the
     * program's root process, {@code MainProcess}, and the operating system schedules.
     */
    public ProgramRun launch(String mainClass, List<String> args) {
        return launch(mainClass, args, null);
    }

    /**
     * Launches a program in a controlled run: one task at a time, in the order {@code scheduler}
     * picks (null: a free run). A coordinator runs one program at a time, and may run another
     * once the last has ended: its JVM pool and sockets serve them all.
     */
    public ProgramRun launch(String mainClass, List<String> args, Scheduler scheduler) {
        return launch(mainClass, args, scheduler, JvmChoice.POOLED);
    }

    /** As {@link #launch(String, List, Scheduler)}, its processes in the JVMs {@code jvms} allows. */
    public ProgramRun launch(String mainClass, List<String> args, Scheduler scheduler, JvmChoice jvms) {
        ProgramRun run;
        synchronized (state) {
            run = program.begin(mainClass, args, scheduler, jvms);
            watch.reset();
        }
        pool.provideJvm(run.root());
        flushAll();
        return run;
    }

    /** Through this method: the pool is made after the program, which calls it only once a program runs. */
    private boolean abandon(ProcessRecord p) {
        return pool.abandon(p);
    }

    private void flushAll() {
        program.flushAll();
    }

    /** Ends every child JVM, closes every connection, deletes the socket file. */
    @Override
    public void close() {
        if (closed && !server.isOpen()) {
            return;
        }
        closed = true;
        pool.endAll();
        server.close();
        timers.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private boolean isClosed() {
        return closed;
    }

    /** Threads of the coordinator: they never hold up the JVM's exit. */
    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
