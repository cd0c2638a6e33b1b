package io.github.mpgrade.multiprocessing.coordinator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A program launched by a {@link Coordinator}: wait for it, read what it did, end it. */
public final class ProgramRun {
    private final SyncState state;
    private final CurrentProgram program;
    private final ProcessRecord root;
    private final EventLog log;
    private final Controller controller;
    volatile DeadlockReport deadlock;
    volatile String hang;
    volatile LivelockReport livelock;
    volatile RuntimeException coordinatorFailure;

    ProgramRun(SyncState state, CurrentProgram program, ProcessRecord root, EventLog log, Controller controller) {
        this.state = state;
        this.program = program;
        this.root = root;
        this.log = log;
        this.controller = controller;
    }

    /**
     * Waits until the program's root and every process it started have ended.
     *
     * @return false if the time ran out first (the program is still running)
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (state) {
            while (!ended()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                state.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    private boolean ended() {
        return !root.isLive() && (program.run() != this
                || !state.processes.anyLive());
    }

    /** The program's root process, which still needs a JVM when the run is made. */
    ProcessRecord root() {
        return root;
    }

    /** The root's exit code (negative: killed by that signal), or null while it runs. */
    public Integer exitCode() {
        synchronized (state) {
            return root.exitCode;
        }
    }

    /** Why the program's root could not be started, or null if it was. */
    public String startFailure() {
        synchronized (state) {
            return root.startFailure;
        }
    }

    public Optional<DeadlockReport> deadlock() {
        return Optional.ofNullable(deadlock);
    }

    /** In a controlled run: the report of a task that ran outside the library past the bound. */
    public Optional<String> hang() {
        return Optional.ofNullable(hang);
    }

    /** In a controlled run: the report of tasks that kept taking steps without progress. */
    public Optional<LivelockReport> livelock() {
        return Optional.ofNullable(livelock);
    }

    /** In a controlled run: the task chosen at each step, in order; empty in a free run. */
    public List<String> decisions() {
        synchronized (state) {
            return controller == null ? List.of() : controller.decisions();
        }
    }

    /** In a controlled run: whether it was cut short at the step limit. */
    public boolean stepLimitReached() {
        synchronized (state) {
            return controller != null && controller.stepLimitReached();
        }
    }

    /** In a controlled run: why its scheduler failed to decide, which stopped the run there. */
    public Optional<SchedulerFailure> schedulerFailure() {
        synchronized (state) {
            return controller == null ? Optional.empty() : Optional.ofNullable(controller.schedulerFailure());
        }
    }

    /** What the coordinator threw while it handled the program's calls, which ended the run: the tool's fault. */
    public Optional<RuntimeException> coordinatorFailure() {
        return Optional.ofNullable(coordinatorFailure);
    }

    /** In a controlled run: the virtual time in ms its sleeps added up to. */
    public long virtualMillis() {
        synchronized (state) {
            return controller == null ? 0 : controller.virtualMillis();
        }
    }

    public EventLog log() {
        return log;
    }

    /** Kills every process of the program. */
    public void kill() {
        program.killPrograms();
    }
}
