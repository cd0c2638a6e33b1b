package io.github.mpgrade.multiprocessing.client;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.wire.Frame;
import io.github.mpgrade.multiprocessing.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.wire.Op;
import io.github.mpgrade.multiprocessing.wire.Status;
import io.github.mpgrade.multiprocessing.wire.Transport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * This JVM's one connection to the coordinator. Any thread may call; each call blocks its thread
 * until the coordinator answers, which for a blocked acquire is when the lock is granted. One
 * reader thread receives answers and the coordinator's probes.
 *
 * <p>In a program's root JVM the first use starts the coordinator inside this JVM; in a child
 * JVM {@link ChildMain} connects with the address and token it was launched with.
 */
public final class Client {
    private static volatile Client instance;
    /** The answer to the wait for RUN: once RUN has come, the waiting thread is running. */
    private static final Reply RUN_RECEIVED = new Reply(Status.OK, 0, 0, null, null);

    private final SocketChannel channel;
    private final boolean root;
    private final Object writeLock = new Object();
    private final AtomicLong nextRequest = new AtomicLong(1);
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    private final Map<Thread, Call> inFlight = new ConcurrentHashMap<>();
    private final Set<Long> announcedThreads = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<RunOrder> runOrder = new CompletableFuture<>();
    private final PrintStream consoleErr;
    private final ThreadGroup programThreads;
    private volatile boolean broken;
    private volatile boolean closing;
    /** Whether this JVM runs under a scheduler (set by RUN): it then reports when it is quiet. */
    private volatile boolean controlled;
    /** REPLY and RUN frames received: each may have set a thread running. */
    private final AtomicLong wakeups = new AtomicLong();
    private Thread quietMonitor;
    private volatile Call runCall;

    /** A request waiting for its reply. */
    private static final class Call {
        final Thread thread;
        /** Whether it may wait for another task (acquire, get, join); quick calls never do. */
        final boolean blocking;
        /** Set once the request is on the wire: only then is the thread parked at the library. */
        volatile boolean sent;
        /** In a controlled run, where the program made this blocking call: a deadlock report needs it. */
        String site;
        volatile Reply reply;

        Call(Thread thread, boolean blocking) {
            this.thread = thread;
            this.blocking = blocking;
        }
    }

    private Client(SocketChannel channel, boolean root, PrintStream consoleErr) {
        this.channel = channel;
        this.root = root;
        this.consoleErr = consoleErr;
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null && group.getParent().getParent() != null) {
            group = group.getParent();
        }
        this.programThreads = group;
        Thread reader = new Thread(this::readLoop, "mpgrade-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The connection of this JVM, starting a coordinator here first if this JVM is a program's root. */
    public static Client get() {
        Client client = instance;
        if (client == null) {
            synchronized (Client.class) {
                client = instance;
                if (client == null) {
                    instance = client = startRoot();
                }
            }
        }
        return client;
    }

    /** Whether this JVM already talks to a coordinator. */
    public static boolean isConnected() {
        return instance != null;
    }

    private static Client startRoot() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        int pool = Integer.getInteger("mpgrade.pool", 1);
        Coordinator.Options options = Coordinator.Options.defaults(LaunchSpec.ofCurrentJvm())
                .withPoolSize(pool)
                .withConsole(Coordinator.Console.of(out, err))
                .withOnDeadlock(report -> {
                    err.print(report.text());
                    err.flush();
                    System.exit(Coordinator.DEADLOCK_EXIT_STATUS);
                });
        try {
            Coordinator.RootCoordinator started = Coordinator.forRoot(options);
            Client client = connect(started.coordinator().address(), started.token(), true, err);
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "mpgrade-disconnect"));
            // The root's own lines enter the event log too; they still go to its console as before.
            System.setOut(new PrintStream(new LineCapture(out, line -> client.print(false, line)), true,
                    StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new LineCapture(err, line -> client.print(true, line)), true,
                    StandardCharsets.UTF_8));
            // Python's exit handler: when the program's own threads are done, the root waits for its
            // non-daemon children and terminates its daemonic ones before its JVM may exit.
            Thread exit = new Thread(client::finishRoot, "mpgrade-exit");
            exit.setDaemon(false);
            exit.start();
            return client;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the multiprocessing coordinator in this JVM: " + e, e);
        }
    }

    /** In a program's root: once its own threads have ended, waits until its children may be left. */
    private void finishRoot() {
        ChildMain.joinProgramThreads();
        try {
            call(Op.FINISHING, true, frame -> { });
        } catch (IllegalStateException connectionLost) {
            // the coordinator is gone: nothing left to wait for
        }
    }

    /** Connects a child JVM; used once, by {@link ChildMain}. */
    static Client connectChild(String address, String token) throws IOException {
        Client client = connect(address, token, false, System.err);
        instance = client;
        return client;
    }

    private static Client connect(String address, String token, boolean root, PrintStream consoleErr)
            throws IOException {
        SocketChannel channel = Transport.connect(Transport.parse(address));
        Client client = new Client(channel, root, consoleErr);
        client.write(new FrameBuilder(Op.HELLO).putString(token).putLong(ProcessHandle.current().pid()).build());
        return client;
    }

    // ---------------------------------------------------------------- calls

    /**
     * Sends a request and waits for its reply. An interrupt does not end the wait (Python's
     * calls are not interruptible either); it is kept for the caller to see afterwards.
     *
     * @param blocking whether the call may wait for another task: the deadlock probe counts such
     *                 a waiting thread as blocked, any other call as running
     */
    public Reply call(Op op, boolean blocking, Consumer<FrameBuilder> fields) {
        Thread thread = Thread.currentThread();
        announce(thread);
        long id = nextRequest.getAndIncrement();
        Call call = new Call(thread, blocking);
        if (controlled && blocking) {
            call.site = Callers.site(); // now, so a probe at a deadlock needs no stack dump
        }
        calls.put(id, call);
        inFlight.put(thread, call);
        FrameBuilder frame = new FrameBuilder(op).putLong(id).putLong(thread.getId());
        fields.accept(frame);
        write(frame.build());
        call.sent = true;
        if (controlled) {
            LockSupport.unpark(quietMonitor);
        }
        boolean interrupted = false;
        while (call.reply == null) {
            if (broken) {
                throw new IllegalStateException("the connection to the multiprocessing coordinator is lost");
            }
            LockSupport.park(this);
            interrupted |= Thread.interrupted();
        }
        inFlight.remove(thread);
        if (interrupted) {
            thread.interrupt();
        }
        return call.reply;
    }

    /**
     * Sends one line the current thread printed, with the line of the program's code that printed
     * it (standard output only: a stack trace on standard error names its own lines); never waits
     * for the coordinator.
     */
    void print(boolean stderr, String line) {
        Thread thread = Thread.currentThread();
        announce(thread);
        String site = stderr ? null : Callers.printingSite();
        write(new FrameBuilder(Op.PRINT).putLong(thread.getId()).putBoolean(stderr).putString(line).putString(site)
                .build());
    }

    private void announce(Thread thread) {
        if (announcedThreads.add(thread.getId())) {
            write(new FrameBuilder(Op.THREAD).putLong(thread.getId()).putString(thread.getName()).build());
        }
    }

    private void write(ByteBuffer frame) {
        synchronized (writeLock) {
            try {
                while (frame.hasRemaining()) {
                    channel.write(frame);
                }
            } catch (IOException e) {
                lost(e);
            }
        }
    }

    /**
     * Waits for the coordinator to say what this child JVM runs (a pooled JVM may wait long).
     * The wait is an in-flight call like any other, so once RUN arrives this thread counts as
     * running until its next call: a controlled run never decides while it starts up.
     */
    RunOrder awaitRunOrder() {
        Thread thread = Thread.currentThread();
        Call call = new Call(thread, true);
        call.sent = true;
        runCall = call;
        if (runOrder.isDone()) {
            call.reply = RUN_RECEIVED; // RUN came first: this thread goes on at once, it must not look parked
        }
        inFlight.put(thread, call);
        try {
            return runOrder.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("no work came from the coordinator", e);
        } finally {
            inFlight.remove(thread);
        }
    }

    // ---------------------------------------------------------------- reading

    private void readLoop() {
        try {
            for (Frame frame = Frame.read(channel); frame != null; frame = Frame.read(channel)) {
                switch (frame.op) {
                    case REPLY -> {
                        Call call = calls.remove(frame.getLong());
                        Reply reply = new Reply(frame.getByte(), frame.getLong(), frame.getLong(), frame.getBytes(),
                                frame.getString());
                        if (call != null) {
                            call.reply = reply; // before it is counted: a QUIET that counts it sees the thread busy
                        }
                        wakeups.incrementAndGet(); // then counted, before the thread is unparked
                        if (call != null) {
                            LockSupport.unpark(call.thread);
                        }
                    }
                    case PROBE -> answerProbe(frame.getLong());
                    case RUN -> {
                        RunOrder order = readRunOrder(frame);
                        // Completed first: either awaitRunOrder sees it done, or its call is seen here.
                        runOrder.complete(order);
                        Call waiting = runCall;
                        if (waiting != null) {
                            waiting.reply = RUN_RECEIVED;
                        }
                        wakeups.incrementAndGet();
                        if (order.controlled()) {
                            startQuietMonitor();
                        }
                    }
                    default -> throw new IOException("unexpected " + frame.op + " from the coordinator");
                }
            }
            lost(null);
        } catch (IOException e) {
            lost(e);
        }
    }

    private static RunOrder readRunOrder(Frame frame) throws IOException {
        int processId = frame.getInt();
        String name = frame.getString();
        boolean controlledRun = frame.getBoolean();
        byte[] bytes = frame.getBytes();
        String mainClass = frame.getString();
        int count = frame.getInt();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(frame.getString());
        }
        return new RunOrder(processId, name, controlledRun, bytes, mainClass, args);
    }

    /** Whether this JVM runs under a scheduler: then {@code Time.sleep} is a step on the virtual clock. */
    public static boolean isControlled() {
        Client client = instance;
        return client != null && client.controlled;
    }

    // ---------------------------------------------------------------- quiet reports (controlled runs)

    private enum Activity { PARKED, WAITING_OUTSIDE, BUSY }

    private void startQuietMonitor() {
        controlled = true;
        quietMonitor = new Thread(this::reportQuiet, "mpgrade-quiet");
        quietMonitor.setDaemon(true);
        quietMonitor.start();
    }

    /**
     * Tells the coordinator each time every program thread of this JVM is parked after its latest
     * wake-up: that is when the coordinator may let the next task go. A thread waiting outside
     * the library (Thread.join, a monitor) counts as parked only if it stays so for a moment,
     * since a thread that just ended may be about to wake it.
     */
    private void reportQuiet() {
        long reported = -1;
        while (!broken) {
            LockSupport.parkNanos(1_000_000); // a call wakes it at once; threads that end are seen within 1 ms
            long seen = wakeups.get();
            if (seen == reported) {
                continue;
            }
            Activity activity = activity();
            for (int check = 0; check < 3 && activity == Activity.WAITING_OUTSIDE; check++) {
                LockSupport.parkNanos(2_000_000); // a thread that just ended may be about to wake its joiner
                activity = activity() == Activity.BUSY ? Activity.BUSY : check == 2 ? Activity.PARKED
                        : Activity.WAITING_OUTSIDE;
            }
            if (activity == Activity.PARKED && wakeups.get() == seen) {
                write(new FrameBuilder(Op.QUIET).putLong(seen).build());
                reported = seen;
            }
        }
    }

    /** The live threads of the program in this JVM. */
    private List<Thread> programThreads() {
        Thread[] threads = new Thread[programThreads.activeCount() + 16];
        int count = programThreads.enumerate(threads, true);
        List<Thread> program = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (isProgramThread(threads[i])) {
                program.add(threads[i]);
            }
        }
        return program;
    }

    private Activity activity() {
        boolean waitingOutside = false;
        for (Thread thread : programThreads()) {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.NEW) {
                continue;
            }
            Call call = inFlight.get(thread);
            if (call != null) {
                if (call.sent && call.reply == null) {
                    continue;
                }
                return Activity.BUSY;
            }
            if (state == Thread.State.WAITING || state == Thread.State.BLOCKED && !blockedOnlyForAMoment(thread)) {
                waitingOutside = true;
            } else {
                return Activity.BUSY; // running, sleeping, or blocked on a monitor this library holds
            }
        }
        return waitingOutside ? Activity.WAITING_OUTSIDE : Activity.PARKED;
    }

    /**
     * Tells the coordinator what every program thread of this JVM is doing, and whether all are
     * blocked: waiting in the library for another task, or waiting outside it (a monitor,
     * {@code Thread.join}) with no runnable thread left to wake them. A sleeping, running or
     * just-woken thread means not stuck.
     */
    private void answerProbe(long probeId) {
        record Described(Thread thread, boolean inLibrary, String state, String codeLine) {
        }
        List<Described> threads = new ArrayList<>();
        boolean stuck = true;
        Map<Thread, StackTraceElement[]> stacks = null;
        for (Thread thread : programThreads()) {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.NEW) {
                continue;
            }
            Call call = inFlight.get(thread);
            boolean inLibrary = call != null && call.blocking && call.reply == null;
            boolean waitingElsewhere = call == null && (state == Thread.State.WAITING
                    || state == Thread.State.BLOCKED && !blockedOnlyForAMoment(thread));
            if (stacks == null && !(inLibrary && call.site != null)) {
                stacks = Thread.getAllStackTraces(); // one pause of the JVM for all threads
            }
            String codeLine = inLibrary && call.site != null ? call.site
                    : Callers.firstProgramFrame(stacks.getOrDefault(thread, new StackTraceElement[0]));
            threads.add(new Described(thread, inLibrary, state.name(), codeLine));
            stuck &= inLibrary || waitingElsewhere;
        }
        FrameBuilder reply = new FrameBuilder(Op.PROBE_REPLY).putLong(probeId).putBoolean(stuck).putInt(threads.size());
        for (Described d : threads) {
            reply.putLong(d.thread().getId()).putString(d.thread().getName()).putBoolean(d.inLibrary())
                    .putString(d.state()).putString(d.codeLine());
        }
        write(reply.build());
    }

    /**
     * Whether a thread seen BLOCKED is about to go on: it has the monitor by now, or waits for one
     * held by a thread of this library or of the JVM (which never waits for the program), as a
     * process that is just starting often does. Only a monitor held by a program thread can block
     * for good.
     */
    private static boolean blockedOnlyForAMoment(Thread thread) {
        java.lang.management.ThreadInfo info =
                java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId());
        if (info == null || info.getThreadState() != Thread.State.BLOCKED) {
            return true;
        }
        long owner = info.getLockOwnerId();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getId() == owner) {
                return !isProgramThread(t);
            }
        }
        return true; // the owner has ended: the monitor is free
    }

    /** Threads the program made: not the JVM's own, not this library's. */
    static boolean isProgramThread(Thread thread) {
        String name = thread.getName();
        if (name.startsWith("mpgrade-") || name.equals("DestroyJavaVM")) {
            return false;
        }
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g.getName().equals("main") && g.getParent() != null && g.getParent().getParent() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the connection on purpose, at the end: the reader thread then leaves its blocking
     * read, which would otherwise hold up the JVM's exit by ~300 ms.
     */
    void close() {
        closing = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }

    private void lost(IOException cause) {
        if (broken || closing) {
            return;
        }
        broken = true;
        calls.values().forEach(call -> LockSupport.unpark(call.thread));
        if (!root) {
            // The coordinator is gone (the program's root ended or was killed): so must we, at once.
            consoleErr.println("mpgrade: this process lost its connection to the coordinator that started it"
                    + (cause == null ? "" : " (" + cause.getMessage() + ")")
                    + "; the program it belongs to has ended, so it stops now.");
            consoleErr.flush();
            Runtime.getRuntime().halt(ChildMain.LOST_COORDINATOR_STATUS);
        }
        runOrder.completeExceptionally(new IOException("connection lost", cause));
    }
}
