package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.wire.Frame;
import io.github.mpgrade.multiprocessing.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.wire.Op;
import io.github.mpgrade.multiprocessing.wire.ProtocolException;
import io.github.mpgrade.multiprocessing.wire.Status;
import io.github.mpgrade.multiprocessing.wire.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 */
public final class Coordinator implements AutoCloseable {
    /** Exit status of a program whose root coordinator found a deadlock. */
    public static final int DEADLOCK_EXIT_STATUS = 3;
    /** The longest code site a printed line may carry: a class, a method, a file and a line number. */
    private static final int MAX_SITE_CHARS = 1024;
    /** How long a new connection may take to say HELLO before it is dropped. */
    private static final Duration HELLO_DEADLINE = Duration.ofSeconds(10);

    private final Options options;
    private final Path workDirectory;
    private final ServerSocketChannel server;
    private final String address;
    private final JvmLauncher launcher;
    private final ScheduledExecutorService timers;
    final SyncState state;
    /** The current run's; null in a free run. Guarded by the state lock. */
    volatile Controller controller;
    /** The program running now, or the last one; null in a root JVM's own coordinator. */
    private volatile ProgramRun currentRun;
    private final DeadlockWatch watch;
    private final Map<String, ChildJvm> launched = new HashMap<>(); // by token; guarded by state
    private final ArrayDeque<ChildJvm> idle = new ArrayDeque<>(); // ready JVMs; guarded by state
    private final List<Session> sessions = new ArrayList<>(); // guarded by state
    private final SecureRandom random = new SecureRandom();
    /** Pool JVMs launched but not yet ready (no HELLO yet); guarded by state. */
    private int poolStarting;
    /** Also closes the sockets: the JVM's exit waits ~300 ms for threads blocked in a socket call. */
    private final Thread shutdownHook = new Thread(this::close, "mpgrade-shutdown");
    private volatile boolean closed;

    private Coordinator(Options options) throws IOException {
        this.options = options;
        this.workDirectory = Files.createTempDirectory("mpg");
        this.server = bind(workDirectory);
        this.address = Transport.describe(server.getLocalAddress());
        this.launcher = new JvmLauncher(options.launchSpec(), address, workDirectory);
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("mpgrade-timer"));
        this.state = new SyncState(timers, options.console(), this::flushAll);
        this.watch = new DeadlockWatch(this, options.hangBound());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        daemon("mpgrade-accept").newThread(this::acceptLoop).start();
        daemon("mpgrade-deadlock-watch").newThread(watch).start();
    }

    /** Starts a coordinator that will launch programs with {@link #launch}. */
    public static Coordinator start(Options options) throws IOException {
        return new Coordinator(options);
    }

    /**
     * Starts the coordinator inside a program's root JVM and registers that JVM as the program's
     * root process, {@code MainProcess}. Its output is not echoed (it prints to its console itself).
     *
     * @return the coordinator, and the token with which the root's connection identifies itself
     */
    public static RootCoordinator forRoot(Options options) throws IOException {
        Coordinator coordinator = new Coordinator(options);
        String token = coordinator.newToken();
        synchronized (coordinator.state) {
            ProcessRecord root = coordinator.state.newProcess("MainProcess", -1, false, null);
            root.echo = false;
            coordinator.launched.put(token, new ChildJvm(token, root));
        }
        return new RootCoordinator(coordinator, token);
    }

    /** A coordinator living in the root JVM, and the token of that JVM's own connection. */
    public record RootCoordinator(Coordinator coordinator, String token) {
    }

    /** The address children connect to: {@code unix:/path} or {@code tcp:port}. */
    public String address() {
        return address;
    }

    /** The log of the program running now (or last). */
    public EventLog log() {
        synchronized (state) {
            return state.log;
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
        ProcessRecord root;
        ProgramRun run;
        synchronized (state) {
            if (state.processes.values().stream().anyMatch(ProcessRecord::isLive)) {
                throw new IllegalStateException("this coordinator still runs a program; wait for it to end first");
            }
            state.reset();
            controller = scheduler == null ? null : new Controller(scheduler, state, options.maxSteps());
            state.controlled = controller != null;
            watch.reset();
            root = state.newProcess("MainProcess", -1, false, ProcessRecord.Work.main(mainClass, args));
            run = new ProgramRun(this, root, state.log, controller);
            currentRun = run;
        }
        provideJvm(root);
        flushAll();
        return run;
    }

    // ---------------------------------------------------------------- connections

    private static ServerSocketChannel bind(Path directory) throws IOException {
        try {
            ServerSocketChannel unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            unix.bind(UnixDomainSocketAddress.of(directory.resolve("c.sock")));
            return unix;
        } catch (UnsupportedOperationException | IOException noUnixSockets) {
            ServerSocketChannel tcp = ServerSocketChannel.open();
            tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return tcp;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            Session session = new Session(channel);
            synchronized (state) {
                sessions.add(session);
            }
            Thread reader = daemon("mpgrade-session").newThread(() -> serve(session));
            reader.start();
            timers.schedule(() -> {
                synchronized (state) {
                    if (session.process == null && session.jvm == null) {
                        session.close(); // never introduced itself
                    }
                }
            }, HELLO_DEADLINE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** Reads one connection's frames in order until it ends or breaks the protocol. */
    private void serve(Session session) {
        try {
            Frame frame = Frame.read(session.channel);
            if (frame == null || frame.op != Op.HELLO || !hello(session, frame)) {
                throw new ProtocolException("a connection must begin with a valid HELLO");
            }
            flushAll(); // the RUN frame, if the JVM was waited for
            for (frame = Frame.read(session.channel); frame != null; frame = Frame.read(session.channel)) {
                handle(session, frame);
                flushAll();
            }
        } catch (ProtocolException e) {
            synchronized (state) {
                state.protocolViolation(session.process, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            // the connection broke: the same as an end
        } finally {
            session.close();
            synchronized (state) {
                sessions.remove(session);
                state.sessionEnded(session);
            }
            flushAll();
        }
    }

    private boolean hello(Session session, Frame frame) throws ProtocolException {
        String token = frame.getString();
        long pid = frame.getLong();
        frame.end();
        synchronized (state) {
            ChildJvm jvm = token == null ? null : launched.get(token);
            if (jvm == null || jvm.session != null) {
                return false;
            }
            jvm.session = session;
            jvm.pid = pid;
            session.jvm = jvm;
            if (jvm.record != null && jvm.record.work == null) { // the root JVM that hosts this coordinator
                ProcessRecord root = jvm.record;
                root.jvm = jvm;
                root.session = session;
                root.pid = pid;
                root.phase = ProcessRecord.Phase.RUNNING;
                session.process = root;
                return true;
            }
            if (jvm.record != null) {
                state.dispatch(jvm.record, jvm);
            } else {
                poolStarting--;
                idle.add(jvm);
            }
        }
        return true;
    }

    /** Parses and validates one request, then lets the state decide. */
    private void handle(Session session, Frame f) throws ProtocolException {
        if (f.op == Op.PROBE_REPLY) {
            watch.probeReply(session, f);
            return;
        }
        ProcessRecord process = session.process;
        if (process == null) {
            throw new ProtocolException(f.op + " from a connection that runs no process");
        }
        if (f.op == Op.THREAD) {
            long threadId = f.getLong();
            String name = f.getString();
            f.end();
            synchronized (state) {
                state.touch();
                state.nameThread(new TaskKey(process.id, threadId), name);
            }
            return;
        }
        if (f.op == Op.PRINT) {
            long threadId = f.getLong();
            boolean stderr = f.getBoolean();
            String line = Objects.requireNonNullElse(f.getString(), "");
            String site = f.getString();
            f.end();
            if (site != null && site.length() > MAX_SITE_CHARS) {
                throw new ProtocolException("a code site of " + site.length() + " characters");
            }
            synchronized (state) {
                state.touch();
                state.output(process, new TaskKey(process.id, threadId), stderr, line, site);
            }
            return;
        }
        if (f.op == Op.QUIET) {
            long afterWakeups = f.getLong();
            f.end();
            synchronized (state) {
                session.quietAfter = afterWakeups;
            }
            return;
        }
        long requestId = f.getLong();
        TaskKey who = new TaskKey(process.id, f.getLong());
        PendingOperation operation = switch (f.op) {
            case CREATE_SEM -> {
                boolean recursive = f.getBoolean();
                int value = f.getInt();
                int max = f.getInt();
                String label = label(f.getString());
                String site = f.getString();
                f.end();
                if (value < 0 || max < 1 || value > max) {
                    throw new ProtocolException("semaphore value " + value + " / max " + max + " out of range");
                }
                SemCore.Kind kind = recursive ? SemCore.Kind.RECURSIVE : SemCore.Kind.SEMAPHORE;
                yield quick(session, requestId, who, Choice.Operation.CREATE, null,
                        () -> state.createSem(session, requestId, who, kind, value, max, label, site));
            }
            case ACQUIRE -> {
                SemCore sem = sem(f.getInt());
                long timeout = timeout(f.getLong());
                f.end();
                yield new PendingOperation(session, requestId, who, Choice.Operation.ACQUIRE, sem, timeout,
                        t -> state.acquire(session, requestId, who, sem, t, timeout));
            }
            case RELEASE -> {
                SemCore sem = sem(f.getInt());
                f.end();
                yield quick(session, requestId, who, Choice.Operation.RELEASE, sem,
                        () -> state.release(session, requestId, who, sem));
            }
            case OWNED_DEPTH -> {
                SemCore sem = sem(f.getInt());
                f.end();
                synchronized (state) {
                    state.ownedDepth(session, requestId, who, sem); // a question, not a step of the program
                }
                yield null;
            }
            case CREATE_VALUE -> {
                byte[] data = f.getBytes();
                String shown = f.getString();
                String site = f.getString();
                f.end();
                yield quick(session, requestId, who, Choice.Operation.CREATE, null,
                        () -> state.createValue(session, requestId, who, data, shown, site));
            }
            case VALUE_GET -> {
                ValueCell cell = value(f.getInt());
                f.end();
                yield quick(session, requestId, who, Choice.Operation.VALUE_GET, cell,
                        () -> state.valueGet(session, requestId, who, cell));
            }
            case VALUE_SET -> {
                ValueCell cell = value(f.getInt());
                byte[] data = f.getBytes();
                String shown = f.getString();
                f.end();
                yield quick(session, requestId, who, Choice.Operation.VALUE_SET, cell,
                        () -> state.valueSet(session, requestId, who, cell, data, shown));
            }
            case CREATE_QUEUE -> {
                String site = f.getString();
                f.end();
                yield quick(session, requestId, who, Choice.Operation.CREATE, null,
                        () -> state.createQueue(session, requestId, who, site));
            }
            case QUEUE_PUT -> {
                QueueCell queue = queue(f.getInt());
                byte[] data = f.getBytes();
                String shown = f.getString();
                f.end();
                yield quick(session, requestId, who, Choice.Operation.QUEUE_PUT, queue,
                        () -> state.queuePut(session, requestId, who, queue, data, shown));
            }
            case QUEUE_GET -> {
                QueueCell queue = queue(f.getInt());
                long timeout = timeout(f.getLong());
                f.end();
                yield new PendingOperation(session, requestId, who, Choice.Operation.QUEUE_GET, queue, timeout,
                        t -> state.queueGet(session, requestId, who, queue, t));
            }
            case START -> {
                String name = f.getString();
                boolean daemon = f.getBoolean();
                byte[] payload = f.getBytes();
                f.end();
                if (name == null || name.isBlank() || payload == null) {
                    throw new ProtocolException("START needs a name and a payload");
                }
                yield quick(session, requestId, who, Choice.Operation.START, null,
                        () -> start(session, requestId, who, process, name, daemon, payload));
            }
            case JOIN -> {
                ProcessRecord child = child(process, f.getInt());
                long timeout = timeout(f.getLong());
                f.end();
                yield new PendingOperation(session, requestId, who, Choice.Operation.JOIN, child, timeout,
                        t -> state.join(session, requestId, who, child, t));
            }
            case SIGNAL -> {
                ProcessRecord child = child(process, f.getInt());
                boolean kill = f.getBoolean();
                f.end();
                yield quick(session, requestId, who, Choice.Operation.SIGNAL, child, () -> {
                    state.signal(child, kill ? Signal.KILL : Signal.TERMINATE);
                    state.acknowledge(session, requestId);
                });
            }
            case FINISHING -> {
                f.end();
                yield new PendingOperation(session, requestId, who, Choice.Operation.FINISHING, process, -1,
                        t -> state.finishing(session, requestId, who, process));
            }
            case BEGIN -> {
                f.end();
                yield quick(session, requestId, who, Choice.Operation.BEGIN, process,
                        () -> state.acknowledge(session, requestId));
            }
            case SLEEP -> {
                long millis = f.getLong();
                f.end();
                if (millis < 0) {
                    throw new ProtocolException("sleep of " + millis + " ms");
                }
                yield new PendingOperation(session, requestId, who, Choice.Operation.SLEEP, null, millis,
                        t -> state.acknowledge(session, requestId));
            }
            default -> throw new ProtocolException(f.op + " is not a request");
        };
        if (operation == null) {
            return;
        }
        if (controller == null && operation.operation == Choice.Operation.START) {
            operation.run(); // launching a JVM takes milliseconds: not under the lock
            return;
        }
        synchronized (state) {
            state.touch();
            if (controller != null) {
                controller.submit(operation);
            } else {
                operation.run();
            }
        }
    }

    /** An operation that never waits for another task. */
    private static PendingOperation quick(Session session, long requestId, TaskKey who, Choice.Operation kind,
                                          OperationTarget target, Runnable action) {
        return new PendingOperation(session, requestId, who, kind, target, 0, timeout -> action.run());
    }

    /** Creates the process and gives it a JVM; {@code start()} is answered once the JVM has its work. */
    private void start(Session session, long requestId, TaskKey who, ProcessRecord parent, String name,
                       boolean daemon, byte[] payload) {
        ProcessRecord child;
        synchronized (state) {
            long alive = state.processes.values().stream().filter(ProcessRecord::isLive).count();
            child = state.newProcess(name, parent.id, daemon, ProcessRecord.Work.process(payload));
            child.starter = new Waiter(Waiter.Kind.JOIN, session, requestId, who, child);
            if (alive >= options.maxProcesses()) {
                state.launchFailed(child, "cannot start " + child.name + ": " + alive + " processes of this program "
                        + "are already running, the most allowed (mpgrade.maxProcesses). Does a loop start processes "
                        + "without end, or start them without joining the ones that finished?");
                return;
            }
        }
        provideJvm(child);
    }

    private static String label(String label) throws ProtocolException {
        if (label == null || !label.matches("[A-Za-z][A-Za-z.]{0,40}")) {
            throw new ProtocolException("bad object label " + label);
        }
        return label;
    }

    private static long timeout(long millis) throws ProtocolException {
        if (millis < -1) {
            throw new ProtocolException("timeout " + millis + " out of range");
        }
        return millis;
    }

    private SemCore sem(int id) throws ProtocolException {
        SemCore sem = state.sem(id);
        if (sem == null) {
            throw new ProtocolException("no lock or semaphore " + id);
        }
        return sem;
    }

    private ValueCell value(int id) throws ProtocolException {
        ValueCell cell = state.value(id);
        if (cell == null) {
            throw new ProtocolException("no value " + id);
        }
        return cell;
    }

    private QueueCell queue(int id) throws ProtocolException {
        QueueCell queue = state.queue(id);
        if (queue == null) {
            throw new ProtocolException("no queue " + id);
        }
        return queue;
    }

    private ProcessRecord child(ProcessRecord requester, int id) throws ProtocolException {
        ProcessRecord p = state.processes.get(id);
        if (p == null || p.parentId < 0 || p == requester) {
            throw new ProtocolException("no child process " + id);
        }
        return p;
    }

    /** Makes the decisions a controlled run can make now, then writes every queued frame. */
    void flushAll() {
        List<Session> dirty;
        synchronized (state) {
            if (controller != null) {
                controller.decide();
            }
            dirty = state.takeDirtySessions();
        }
        dirty.forEach(Session::flush);
    }

    // ---------------------------------------------------------------- JVMs

    /** Gives the process a ready JVM from the pool, or launches one for it. */
    private void provideJvm(ProcessRecord p) {
        ChildJvm jvm;
        synchronized (state) {
            jvm = idle.poll();
            if (jvm != null) {
                state.dispatch(p, jvm);
            }
        }
        if (jvm == null) {
            try {
                launchJvm(p); // reserved for p: its HELLO dispatches p
            } catch (JvmLauncher.ProcessLaunchException e) {
                synchronized (state) {
                    state.launchFailed(p, e.getMessage());
                }
            }
        }
        refillPool();
    }

    /** Launches a JVM for {@code reserved}, or for the pool if null. */
    private void launchJvm(ProcessRecord reserved) throws JvmLauncher.ProcessLaunchException {
        if (closed) {
            throw new JvmLauncher.ProcessLaunchException("cannot start a process: the program is ending", null);
        }
        ChildJvm jvm = new ChildJvm(newToken(), reserved);
        synchronized (state) {
            launched.put(jvm.token, jvm);
        }
        String name = reserved == null ? "a process" : reserved.name;
        try {
            JvmLauncher.Launched launched = launcher.launch(jvm.token, name, (line, stderr) -> rawLine(jvm, line, stderr));
            jvm.outputRead = launched.outputRead();
            jvm.os = launched.os();
        } catch (JvmLauncher.ProcessLaunchException e) {
            synchronized (state) {
                launched.remove(jvm.token);
            }
            throw e;
        }
        synchronized (state) {
            ProcessRecord p = jvm.record;
            if (p != null && p.jvm == jvm && p.signal != null) {
                state.signal(p, p.signal); // told to end after its HELLO, before its JVM was known here
            }
        }
        jvm.os.onExit().thenRun(() -> jvmExited(jvm));
    }

    /**
     * Keeps {@code poolSize} JVMs starting or ready, launched off the caller's thread. A pool JVM
     * counts as starting until its HELLO puts it in the pool, or it dies first.
     */
    private void refillPool() {
        int wanted;
        synchronized (state) {
            wanted = Math.max(0, options.poolSize() - idle.size() - poolStarting);
            poolStarting += wanted;
        }
        for (int i = 0; i < wanted && !closed; i++) {
            daemon("mpgrade-pool").newThread(() -> {
                try {
                    launchJvm(null);
                } catch (JvmLauncher.ProcessLaunchException e) {
                    synchronized (state) {
                        poolStarting--; // the pool stays short; the next start() launches directly and says why
                    }
                }
            }).start();
        }
    }

    private void rawLine(ChildJvm jvm, String line, boolean stderr) {
        synchronized (state) {
            jvm.remember(line);
            ProcessRecord p = jvm.record;
            if (p != null && p.phase == ProcessRecord.Phase.RUNNING) {
                state.output(p, TaskKey.processOf(p.id), stderr, line, null);
            }
        }
    }

    private void jvmExited(ChildJvm jvm) {
        boolean early;
        synchronized (state) {
            early = jvm.record != null && jvm.record.phase == ProcessRecord.Phase.LAUNCHING;
        }
        if (early) {
            try {
                jvm.outputRead.get(2, java.util.concurrent.TimeUnit.SECONDS); // the explanation is in its last words
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // explain with what was read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (state) {
            launched.remove(jvm.token);
            idle.remove(jvm);
            if (jvm.record == null && jvm.session == null) {
                poolStarting--; // a pool JVM that died before it was ready
            }
            ProcessRecord p = jvm.record;
            if (p != null && p.phase == ProcessRecord.Phase.LAUNCHING) {
                state.launchFailed(p, JvmLauncher.explainEarlyExit(p.name, jvm.os.exitValue(), jvm.tail()));
            } else if (p != null) {
                if (jvm.session == null) {
                    p.sessionEnded = true;
                }
                state.osExited(p, jvm.os.exitValue());
            }
        }
        flushAll();
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // ---------------------------------------------------------------- ending

    void deadlockFound(DeadlockReport report) {
        ProgramRun run = currentRun;
        if (run != null) {
            run.deadlock = report;
        }
        synchronized (state) {
            if (controller != null) {
                controller.stop();
            }
            state.deadlock(report.text());
        }
        options.onDeadlock().accept(report);
        killPrograms();
    }

    void hangFound(String report) {
        ProgramRun run = currentRun;
        if (run != null) {
            run.hang = report;
        }
        synchronized (state) {
            if (controller != null) {
                controller.stop();
            }
            state.hang(report);
        }
        killPrograms();
    }

    /** The program running now or last, if this coordinator launched one. */
    ProgramRun currentRun() {
        return currentRun;
    }

    /** Kills every process of the program (the root JVM that hosts the coordinator excepted). */
    void killPrograms() {
        synchronized (state) {
            for (ProcessRecord p : state.processes.values()) {
                state.signal(p, Signal.KILL); // one still starting is killed once it has its JVM
            }
        }
    }

    private void killEverything() {
        closed = true;
        List<ChildJvm> all;
        synchronized (state) {
            all = new ArrayList<>(launched.values());
        }
        all.forEach(jvm -> jvm.signal(Signal.KILL));
    }

    /** Kills every child JVM, closes every connection, deletes the socket file. */
    @Override
    public void close() {
        if (closed && !server.isOpen()) {
            return;
        }
        killEverything();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        List<Session> open;
        synchronized (state) {
            open = new ArrayList<>(sessions);
        }
        open.forEach(Session::close);
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

    boolean isClosed() {
        return closed;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
