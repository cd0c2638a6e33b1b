package io.github.mpgrade.multiprocessing.coordinator;

import java.time.Duration;
import java.util.Optional;

/** A program launched by a {@link Coordinator}: wait for it, read what it did, end it. */
public final class ProgramRun {
    private final Coordinator coordinator;
    private final ProcessRecord root;

    ProgramRun(Coordinator coordinator, ProcessRecord root) {
        this.coordinator = coordinator;
        this.root = root;
    }

    /**
     * Waits until the program's root and every process it started have ended.
     *
     * @return false if the time ran out first (the program is still running)
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SyncState state = coordinator.state;
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
        return !root.isLive() && coordinator.state.processes.values().stream().noneMatch(ProcessRecord::isLive);
    }

    /** The root's exit code (negative: killed by that signal), or null while it runs. */
    public Integer exitCode() {
        synchronized (coordinator.state) {
            return root.exitCode;
        }
    }

    /** Why the program's root could not be started, or null if it was. */
    public String startFailure() {
        synchronized (coordinator.state) {
            return root.startFailure;
        }
    }

    public Optional<DeadlockReport> deadlock() {
        return Optional.ofNullable(coordinator.deadlock());
    }

    public EventLog log() {
        return coordinator.log();
    }

    /** Kills every process of the program. */
    public void kill() {
        coordinator.killPrograms();
    }
}
