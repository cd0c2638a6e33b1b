package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import io.github.mpgrade.multiprocessing.internal.wire.Transport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.OptionalLong;
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
 * <p>In a program's root JVM the first use starts the coordinator inside this JVM
 * ({@link RootBootstrap}); in a child JVM {@link ChildMain} connects with the address and token
 * it was launched with.
 */
public final class Client {
    private static volatile Client instance;

    /** The answer to the wait for RUN: once RUN has come, the waiting thread is running. */
    private static final Reply RUN_RECEIVED = new Reply(Status.OK, 0, 0, null, null);
    private static final Reply HANDED_OVER = new Reply(Status.OK, 0, 0, null, null);
    /** The answer of every call once the process is abandoned ({@link Op#ABANDON}). */
    private static final Reply ABANDONED = new Reply(Status.OK, 0, 0, null, null);

    private final SocketChannel channel;
    private final boolean root;
    private final Object writeLock = new Object();
    private final AtomicLong nextRequest = new AtomicLong(1);
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    private final Map<Thread, Call> inFlight = new ConcurrentHashMap<>();
    private final Set<Long> announcedThreads = ConcurrentHashMap.newKeySet();
    /** Threads started through the agent that have not reached their start barrier yet. */
    private final Set<Thread> startingThreads = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<RunOrder> runOrder = new CompletableFuture<>();
    private final PrintStream consoleErr;
    private final ActivityReporter activity;
    private volatile boolean broken;
    private volatile boolean closing;
    /** Set when the coordinator dismissed this process from a JVM it keeps: the reader has stopped. */
    private volatile boolean dismissed;
    /** Set when the coordinator abandoned this process: its calls throw, and it sends nothing but its end. */
    private volatile boolean abandoned;
    private final Thread reader;
    /** Whether this JVM runs under a scheduler (set by RUN): it then reports when it is quiet. */
    private volatile boolean controlled;
    /** REPLY and RUN frames received: each may have set a thread running. */
    private final AtomicLong wakeups = new AtomicLong();
    /** Wake-ups one thread of this JVM gave another inside the library, not by a frame ({@link #awaitInLibrary}). */
    private final AtomicLong handovers = new AtomicLong();
    private volatile Call runCall;
    /** Frames written so far, the HELLO included; written under the write lock. */
    private volatile long framesSent;

    private Client(SocketChannel channel, boolean root, PrintStream consoleErr) {
        this.channel = channel;
        this.root = root;
        this.consoleErr = consoleErr;
        this.activity = new ActivityReporter(this, ProgramThreads.ofCurrentThread());
        this.reader = new Thread(this::readLoop, "mpgrade-reader");
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
                    instance = client = RootBootstrap.start();
                }
            }
        }
        return client;
    }

    /** The process that used this JVM's connection has ended: the next one makes its own. */
    static void forget() {
        instance = null;
    }

    /** The connection of a child JVM's process, over the channel {@link ChildMain} opened. */
    static Client connectChild(SocketChannel channel) {
        Client client = new Client(channel, false, System.err);
        UncaughtReporter.install(client);
        instance = client;
        return client;
    }

    /** Connects to the coordinator at {@code address} and says HELLO with the token this JVM was given. */
    static Client connect(String address, String token, boolean root, PrintStream consoleErr) throws IOException {
        SocketChannel channel = Transport.connect(Transport.parse(address));
        Client client = new Client(channel, root, consoleErr);
        client.hello(token);
        UncaughtReporter.install(client);
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
        if (abandoned) {
            throw new ProcessAbandoned();
        }
        Thread thread = Thread.currentThread();
        announce(thread);
        long id = nextRequest.getAndIncrement();
        Call call = new Call(thread, blocking);
        if (controlled && blocking) {
            call.site = Callers.site(); // now, so a probe at a deadlock needs no stack dump
        }
        calls.put(id, call);
        inFlight.put(thread, call);
        if (abandoned) { // ABANDON came after the check above and before the call was listed: no one answers it
            calls.remove(id);
            inFlight.remove(thread);
            throw new ProcessAbandoned();
        }
        OptionalLong quietAfter = controlled ? activity.quietWithCallOf(thread) : OptionalLong.empty();
        FrameBuilder frame = new FrameBuilder(op).putLong(id).putLong(thread.getId())
                .putLong(quietAfter.orElse(Op.NOT_QUIET));
        fields.accept(frame);
        send(frame.build());
        call.sent = true;
        if (controlled && quietAfter.isEmpty()) {
            activity.callSent();
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
        if (call.reply == ABANDONED) {
            throw new ProcessAbandoned();
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
        String site = stderr ? null : Callers.site();
        send(new FrameBuilder(Op.PRINT).putLong(thread.getId()).putBoolean(stderr).putString(line).putString(site)
                .build());
    }

    /** How many frames this JVM has sent so far, its HELLO included: the fast path's records say what came before them. */
    long framesSent() {
        return framesSent;
    }

    /** How many calls this JVM has made so far: a thread that made none since it last looked took no step. */
    public long callsMade() {
        return nextRequest.get();
    }

    /**
     * Tells the coordinator that the current thread read or wrote a field of the program's (with
     * the agent): observed for the data-race analysis, not scheduled; never waits.
     */
    public void fieldAccessed(String field, boolean write, boolean isVolatile) {
        Thread thread = Thread.currentThread();
        announce(thread);
        send(new FrameBuilder(Op.FIELD).putLong(thread.getId()).putString(field).putBoolean(write)
                .putBoolean(isVolatile).putString(Callers.site()).build());
    }

    /**
     * Tells the coordinator that a thread of the program ends with an exception it did not catch:
     * its process's exit code will not say so (Java's rule), so the log must.
     */
    void uncaught(Thread thread, Throwable exception) {
        announce(thread);
        send(new FrameBuilder(Op.UNCAUGHT).putLong(thread.getId()).putString(UncaughtReporter.describe(exception))
                .putString(Callers.firstProgramFrame(exception.getStackTrace())).build());
    }

    void announce(Thread thread) {
        if (announcedThreads.add(thread.getId())) {
            send(new FrameBuilder(Op.THREAD).putLong(thread.getId()).putString(thread.getName()).build());
        }
    }

    /**
     * Writes one frame. A thread whose interrupt flag is set would close the channel by writing
     * (an interruptible channel's rule), cutting the whole process off: the flag is put aside for
     * the write and set again after it.
     */
    void send(ByteBuffer frame) {
        if (!abandoned) {
            write(frame);
        }
    }

    private void write(ByteBuffer frame) {
        boolean interrupted;
        synchronized (writeLock) {
            interrupted = Thread.interrupted(); // under the lock, where no interrupt comes in (interrupt(Thread))
            try {
                while (frame.hasRemaining()) {
                    channel.write(frame);
                }
                framesSent++;
            } catch (IOException e) {
                lost(e);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Interrupts a thread of this JVM, never while a frame is being written: an interrupt that
     * lands in a channel's write closes the channel, and with it the whole process's connection
     * (a pool's {@code shutdownNow} that interrupted a worker sending its next request ended the
     * program). Every interrupt the runtime makes goes through here.
     */
    public static void interrupt(Thread thread) {
        Client client = instance;
        if (client == null) {
            thread.interrupt();
            return;
        }
        synchronized (client.writeLock) {
            thread.interrupt();
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

    /**
     * Waits in the library for what another thread of this JVM is doing there (making a monitor
     * both need). While that is not done this thread counts as parked, so the JVM may be quiet and
     * the other's call decided; from the moment it is done this thread counts as running, until its
     * next call, so no decision is made without that call. A thread waiting in a future outside
     * the library would look parked for a moment after it was woken.
     */
    public <T> T awaitInLibrary(CompletableFuture<T> done) {
        if (done.isDone()) {
            return done.join();
        }
        Thread thread = Thread.currentThread();
        Call call = new Call(thread, true);
        call.sent = true;
        // Before the call is listed: done by now, it is answered now, and the thread never looks parked.
        done.whenComplete((value, failure) -> {
            call.reply = HANDED_OVER; // before it is counted, as a REPLY: a QUIET that counts it sees the thread busy
            handovers.incrementAndGet();
        });
        inFlight.put(thread, call);
        if (controlled) {
            activity.callSent();
        }
        try {
            return done.join();
        } finally {
            inFlight.remove(thread);
        }
    }

    /** The call the thread waits in now, or null if it is not in the library. */
    Call inFlight(Thread thread) {
        return inFlight.get(thread);
    }

    /** How many REPLY and RUN frames came so far: each may have set a thread running. */
    long wakeups() {
        return wakeups.get();
    }

    /** How many times a thread of this JVM woke another inside the library so far. */
    long handovers() {
        return handovers.get();
    }

    boolean isBroken() {
        return broken;
    }

    /** Whether the coordinator abandoned this process ({@link Op#ABANDON}): its threads unwind, and it ends as if killed. */
    boolean isAbandoned() {
        return abandoned;
    }

    /** Whether this JVM runs under a scheduler: then {@code Time.sleep} is a step on the virtual clock. */
    public static boolean isControlled() {
        Client client = instance;
        return client != null && client.controlled;
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
                    case PROBE -> send(activity.probeAnswer(frame.getLong()).build());
                    case RUN -> {
                        RunOrder order = RunOrder.read(frame);
                        if (order.controlled()) {
                            controlled = true; // before the run begins: Time.sleep must see it
                        }
                        // Completed first: either awaitRunOrder sees it done, or its call is seen here.
                        runOrder.complete(order);
                        Call waiting = runCall;
                        if (waiting != null) {
                            waiting.reply = RUN_RECEIVED;
                        }
                        wakeups.incrementAndGet();
                        if (order.controlled()) {
                            activity.startQuietMonitor();
                        }
                    }
                    case ABANDON -> {
                        abandoned = true; // before the calls are answered: none may send again
                        calls.values().forEach(call -> {
                            call.reply = ABANDONED;
                            LockSupport.unpark(call.thread);
                        });
                    }
                    case DISMISS -> {
                        dismissed = true; // the next process's reader reads what comes next
                        return;
                    }
                    default -> throw new IOException("unexpected " + frame.op + " from the coordinator");
                }
            }
            lost(null);
        } catch (IOException e) {
            lost(e);
        }
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

    /** Introduces this JVM with the secret token it was launched with. */
    void hello(String token) {
        send(new FrameBuilder(Op.HELLO).putString(token).putLong(ProcessHandle.current().pid()).build());
    }

    /** In a JVM the coordinator keeps: says the JVM waits for its next process, in a fresh class loader. */
    void ready() {
        send(new FrameBuilder(Op.READY).build());
    }

    /**
     * Tells the coordinator of a free run that this process ends with this exit code and its JVM
     * exits now, running none of the program's code any more: a join need not wait for the JVM's
     * own exit (~13 ms). The coordinator reads nothing more, and may close the connection first.
     */
    void exiting(int exitCode) {
        if (!controlled) {
            closing = true; // an end of the connection from now on is no loss
            write(new FrameBuilder(Op.EXITING).putInt(exitCode).build());
        }
    }

    /**
     * Ends this process's use of the connection and keeps the JVM: tells the coordinator the exit
     * code, and waits until it dismisses this process, so nothing more is read here.
     */
    void retire(int exitCode) {
        // Ending is work, not a wait for another task: a probe meanwhile must not find this process stuck.
        inFlight.put(Thread.currentThread(), new Call(Thread.currentThread(), false));
        activity.stopQuietMonitor();
        write(new FrameBuilder(Op.PROCESS_DONE).putInt(exitCode).build()); // also from an abandoned process
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (!dismissed) {
            lost(null); // the reader ended without a dismissal: the coordinator is gone
        }
    }

    /** Whether the thread is one this connection runs (its reader, its quiet monitor). */
    boolean isOwnThread(Thread thread) {
        return thread == reader || activity.isQuietMonitor(thread);
    }

    private void lost(IOException cause) {
        if (broken || closing) {
            return;
        }
        broken = true;
        calls.values().forEach(call -> LockSupport.unpark(call.thread));
        if (!root && !runOrder.isDone()) {
            // No process runs here (a pooled JVM, or one between two processes): the JVM ends as a
            // program does, so that what agents do at the exit (a coverage agent's data) is done.
            System.exit(ChildMain.LOST_COORDINATOR_STATUS);
        }
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

    /**
     * A thread started through the agent: until it parks at its start barrier it counts as
     * running, even before the JVM lists it, so no decision is made while it starts.
     */
    public void threadStarting(Thread thread) {
        startingThreads.add(thread);
    }

    /** The thread passed its start barrier: from now on it is seen as any other. */
    public void threadBegan(Thread thread) {
        startingThreads.remove(thread);
    }

    /** Whether a thread started through the agent is on its way to its start barrier, not parked there yet. */
    boolean threadOnItsWayToBegin() {
        for (Thread thread : startingThreads) {
            Call call = inFlight.get(thread);
            if (call == null || !call.parked()) {
                return true;
            }
        }
        return false;
    }
}
