package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import io.github.mpgrade.multiprocessing.internal.client.ProcessAccess;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A process: a separate JVM that runs {@link #run()}, like Python's
 * {@code multiprocessing.Process} with the spawn start method. Subclass it and override
 * {@code run()}, or pass a {@link Target}: {@code new Process(() -> hello("world"))}.
 *
 * <p>{@link #start()} copies this object to a new JVM by serialization, so its fields (and a
 * target's captured values) must be {@link Serializable}; locks, semaphores, values and queues
 * are, and they keep working across processes. Static fields are not copied: each process starts
 * with the class's initial values.
 */
public class Process implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a process runs: a serializable {@link Runnable}, so a lambda can be sent to the child. */
    @FunctionalInterface
    public interface Target extends Runnable, Serializable {
    }

    /** Numbers the processes this JVM creates: Process-1, Process-2; in Process-1, Process-1:1. */
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static volatile Process current;
    private static volatile Process parentOfThisProcess;
    /** The processes this JVM started, in start order; {@link #activeChildren()} drops the ended ones. */
    private static final List<Process> STARTED = new ArrayList<>();

    static {
        ProcessAccess.install(new ProcessAccess.Bridge() {
            @Override
            public void bindCurrent(Process process, int processId) {
                process.handle = new Handle(processId, ProcessHandle.current().pid());
                process.self = true;
                current = process;
            }

            @Override
            public Process mainProcess() {
                return new Process("MainProcess", "", null);
            }

            @Override
            public Process startedChild(Target target) {
                Process child = new Process("Process-1", "", target);
                child.parent = new ParentInfo("MainProcess", "", false, 0, ProcessHandle.current().pid());
                return child;
            }

            @Override
            public boolean hasUnreapedChildren() {
                synchronized (STARTED) {
                    return !STARTED.isEmpty();
                }
            }

            @Override
            public void forgetProcess() {
                CREATED.set(0);
                current = null;
                parentOfThisProcess = null;
                synchronized (STARTED) {
                    STARTED.clear();
                }
                Pool.forgetWorkers();
            }
        });
    }

    private final String name;
    /** Python's {@code _identity}: "1" for Process-1, "1:2" for its second child. */
    private final String identity;
    private final Target target;
    private boolean daemon;
    /** The process that started this one, as its child sees it; set by {@code start()}. */
    private ParentInfo parent;
    /** Set in the JVM that started it, and in its own JVM; null before {@code start()}. */
    private transient volatile Handle handle;
    private transient volatile boolean self;
    private transient volatile Integer exitCode;
    private transient volatile boolean closed;
    /** This object stands for the parent of the current process ({@link #parentProcess()}). */
    private transient boolean parentView;

    /** What a child knows of the process that started it. */
    private record ParentInfo(String name, String identity, boolean daemon, int processId, long pid)
            implements Serializable {
    }

    private record Handle(int processId, long pid) {
    }

    /** For subclasses that override {@link #run()}; the name is {@code Process-N}. */
    protected Process() {
        this(null, null, null);
    }

    /** For subclasses that override {@link #run()}, with a name of their own. */
    protected Process(String name) {
        this(Objects.requireNonNull(name, "name"), null, null);
    }

    /** A process that runs {@code target}; the name is {@code Process-N}. */
    public Process(Target target) {
        this(null, null, Objects.requireNonNull(target, "target must not be null"));
    }

    /** A process with a name of its own that runs {@code target}. */
    public Process(String name, Target target) {
        this(Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(target, "target must not be null"));
    }

    private Process(String name, String identity, Target target) {
        if (identity == null) {
            int number = CREATED.incrementAndGet();
            String parent = current == null ? "" : current.identity;
            identity = parent.isEmpty() ? Integer.toString(number) : parent + ":" + number;
        }
        this.identity = identity;
        this.name = name != null ? name : "Process-" + identity;
        this.target = target;
        this.daemon = current != null && current.daemon; // as in Python: the creator's flag is the default
    }

    /** What the process does; runs in the new JVM. By default, runs the target. */
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /**
     * Starts the process: a new JVM runs {@link #run()} on a copy of this object. Returns once
     * the new process has its copy.
     *
     * @throws IllegalStateException if it was started before
     * @throws ProcessStartException if it cannot be copied, or the machine refuses a new JVM
     */
    public final void start() {
        checkOpen();
        refuseOnParentView("start");
        if (self) {
            throw new IllegalStateException("a process cannot start itself: " + name + " is already running");
        }
        if (handle != null) {
            throw new IllegalStateException("cannot start a process twice: " + name + " was already started");
        }
        Process creator = current();
        parent = new ParentInfo(creator.name, creator.identity, creator.daemon, creator.handle.processId(),
                creator.handle.pid());
        byte[] payload;
        try {
            payload = Payloads.toBytes(this, name + " (" + getClass().getName() + ")");
        } catch (IllegalArgumentException e) {
            throw new ProcessStartException(e.getMessage(), e);
        }
        Reply reply = Client.get().call(Op.START, false,
                frame -> frame.putString(name).putBoolean(daemon).putBytes(payload));
        if (reply.status() == Status.START_FAILED) {
            throw new ProcessStartException(reply.message());
        }
        handle = new Handle((int) reply.number(), reply.extra());
        synchronized (STARTED) {
            STARTED.add(this);
        }
    }

    /** Waits until the process ends. */
    public final void join() {
        waitForExit(Timeouts.FOREVER, "join");
    }

    /**
     * Waits at most {@code timeout} for the process to end.
     *
     * @return whether it has ended
     */
    public final boolean join(Duration timeout) {
        return waitForExit(Timeouts.millis(timeout), "join");
    }

    private boolean waitForExit(long millis, String what) {
        checkOpen();
        if (parentView) {
            return waitForParent(millis);
        }
        if (self) {
            throw new IllegalStateException("a process cannot " + what + " itself: " + name + " is still running");
        }
        Handle h = started(what);
        if (exitCode != null) {
            return true;
        }
        Reply reply = Client.get().call(Op.JOIN, millis != 0,
                frame -> frame.putInt(h.processId()).putLong(millis));
        if (reply.ok()) {
            exitCode = (int) reply.number();
            return true;
        }
        return false;
    }

    /** Whether the process has started and not yet ended. */
    public final boolean isAlive() {
        checkOpen();
        if (parentView) {
            return !waitForParent(0);
        }
        if (self) {
            return true;
        }
        return handle != null && !waitForExit(0, "check");
    }

    /**
     * The exit code: null while running (or before start), 0 after a normal end, 1 after an
     * uncaught exception, the code given to {@code System.exit}, or -N if killed by signal N.
     */
    public final Integer exitCode() {
        checkOpen();
        if (handle == null || self || parentView) {
            return null;
        }
        waitForExit(0, "check");
        return exitCode;
    }

    /** The operating system's process id. */
    public final long pid() {
        checkOpen();
        return started("ask for the pid of").pid();
    }

    public final String getName() {
        return name;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    /** A daemon process is terminated when its parent exits; others are waited for. Set before start. */
    public final void setDaemon(boolean daemon) {
        if (handle != null) {
            throw new IllegalStateException("cannot change the daemon flag of " + name + ": it has already started");
        }
        this.daemon = daemon;
    }

    /** Asks the process to end (SIGTERM); its exit code becomes -15. */
    public final void terminate() {
        signal(false);
    }

    /** Ends the process at once (SIGKILL); its exit code becomes -9. */
    public final void kill() {
        signal(true);
    }

    private void signal(boolean kill) {
        checkOpen();
        refuseOnParentView(kill ? "kill" : "terminate");
        Handle h = started(kill ? "kill" : "terminate");
        if (self) {
            throw new IllegalStateException("a process cannot " + (kill ? "kill" : "terminate") + " itself");
        }
        if (exitCode == null) {
            Client.get().call(Op.SIGNAL, false, frame -> frame.putInt(h.processId()).putBoolean(kill)).orThrow();
        }
    }

    private Handle started(String what) {
        Handle h = handle;
        if (h == null) {
            throw new IllegalStateException("can only " + what + " a started process: call start() on " + name
                    + " first");
        }
        return h;
    }

    /**
     * Frees the process object (Python's {@code close()}): allowed before {@code start()} or after
     * the process ended; a second call does nothing. Afterwards only {@code getName()},
     * {@code isDaemon()} and {@code toString()} work.
     *
     * @throws IllegalStateException if the process is still running
     */
    public final void close() {
        refuseOnParentView("close");
        if (closed) {
            return;
        }
        if (self || (handle != null && exitCode == null && !waitForExit(0, "close"))) {
            throw new IllegalStateException("cannot close " + name + ": it is still running; join() it first");
        }
        closed = true;
        synchronized (STARTED) {
            STARTED.remove(this);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("process object is closed: " + name + " was closed with close()");
        }
    }

    private void refuseOnParentView(String what) {
        if (parentView) {
            throw new IllegalStateException("cannot " + what + " the parent process " + name
                    + ": parentProcess() only lets you look at it and join it");
        }
    }

    /**
     * Waits for the parent to end. Not a coordinator call: a parent is not its child's to join
     * there, so this watches the operating system's process instead.
     */
    private boolean waitForParent(long millis) {
        java.util.Optional<ProcessHandle> os = ProcessHandle.of(handle.pid());
        if (os.isEmpty()) {
            return true;
        }
        try {
            if (millis == Timeouts.FOREVER) {
                os.get().onExit().get();
            } else {
                os.get().onExit().get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !os.get().isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !os.get().isAlive();
        }
    }

    /**
     * The processes this process started (from any of its threads) that have not ended yet, in
     * start order (Python's {@code active_children()}); includes {@link Pool} workers.
     */
    public static List<Process> activeChildren() {
        List<Process> started;
        synchronized (STARTED) {
            started = new ArrayList<>(STARTED);
        }
        List<Process> alive = new ArrayList<>();
        for (Process child : started) {
            if (child.isAlive()) {
                alive.add(child);
            } else {
                synchronized (STARTED) {
                    STARTED.remove(child); // ended: reaped, as Python's active_children() does
                }
            }
        }
        return Collections.unmodifiableList(alive);
    }

    /**
     * The process that started this one (Python's {@code parent_process()}), or null in a
     * program's root process. It can be looked at and joined; the same object on every call.
     */
    public static Process parentProcess() {
        ParentInfo info = current().parent;
        if (info == null) {
            return null;
        }
        synchronized (Process.class) {
            if (parentOfThisProcess == null) {
                Process view = new Process(info.name(), info.identity(), null);
                view.daemon = info.daemon();
                view.handle = new Handle(info.processId(), info.pid());
                view.parentView = true;
                parentOfThisProcess = view;
            }
            return parentOfThisProcess;
        }
    }

    /** The process this code runs in: {@code MainProcess} in a program's root, else the started copy. */
    public static Process current() {
        Process process = current;
        if (process == null) {
            synchronized (Process.class) {
                if (current == null) {
                    Process main = new Process("MainProcess", "", null);
                    main.handle = new Handle(0, ProcessHandle.current().pid());
                    main.self = true;
                    current = main;
                }
                process = current;
            }
        }
        return process;
    }

    @Override
    public String toString() {
        Handle h = handle;
        Integer code = exitCode;
        String state = h == null ? "initial" : code == null ? "started" : "stopped exitcode=" + code;
        return "<" + getClass().getSimpleName() + " name='" + name + "'" + (h == null ? "" : " pid=" + h.pid())
                + (daemon ? " daemon" : "") + " " + state + ">";
    }
}
