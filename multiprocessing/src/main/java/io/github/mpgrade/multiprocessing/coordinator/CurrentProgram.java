package io.github.mpgrade.multiprocessing.coordinator;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The program a coordinator runs now, or ran last: its controller in a controlled run, its
 * {@link ProgramRun}, and the verdicts that end it. It also takes the step that follows every
 * event ({@link #flushAll}): the decisions a controlled run can make now, then the queued frames.
 */
final class CurrentProgram {
    private final SyncState state;
    private final Consumer<DeadlockReport> onDeadlock;
    private final int maxSteps;
    private final Predicate<ProcessRecord> abandon;
    /**
     * How long the processes of a killed program may take to end before the next program starts:
     * its doomed processes may still start others (a fork bomb), each killed in turn.
     */
    private static final Duration KILLED_PROGRAM_GRACE = Duration.ofSeconds(30);
    /** The current run's; null in a free run. Guarded by the state lock. */
    private volatile Controller controller;
    /** The program running now, or the last one; null in a root JVM's own coordinator. */
    private volatile ProgramRun run;
    /** Whether the program was told to end by a kill: its leftovers are killed before the next one. Guarded by the state lock. */
    private boolean killed;

    /**
     * @param abandon ends a process without a kill if it can ({@link JvmPool#abandon}); false if it
     *                must be killed
     */
    CurrentProgram(SyncState state, Consumer<DeadlockReport> onDeadlock, int maxSteps,
                   Predicate<ProcessRecord> abandon) {
        this.state = state;
        this.onDeadlock = onDeadlock;
        this.maxSteps = maxSteps;
        this.abandon = abandon;
    }

    /**
     * Forgets the last program and sets up the next, whose root still needs a JVM. Under the
     * state lock.
     *
     * @param scheduler the policy of a controlled run; null for a free run
     */
    ProgramRun begin(String mainClass, List<String> args, Scheduler scheduler, JvmChoice jvms) {
        if (state.processes.anyLive() && !killed) {
            throw new IllegalStateException("this coordinator still runs a program; wait for it to end first");
        }
        endKilledProgram();
        killed = false;
        state.reset();
        controller = scheduler == null ? null : new Controller(scheduler, state, maxSteps);
        state.processes.controlled = controller != null;
        state.processes.jvms = jvms;
        ProcessRecord root = state.processes.newProcess("MainProcess", -1, false,
                ProcessRecord.Work.main(mainClass, args));
        run = new ProgramRun(state, this, root, state.log(), controller);
        return run;
    }

    Controller controller() {
        return controller;
    }

    /** The program running now or last, if this coordinator launched one. */
    ProgramRun run() {
        return run;
    }

    /** Makes the decisions a controlled run can make now, then writes every queued frame. */
    void flushAll() {
        List<Session> dirty;
        synchronized (state) {
            Controller current = controller;
            if (current != null) {
                current.decide();
            }
            dirty = state.outbox.takeDirtySessions();
        }
        dirty.forEach(Session::flush);
    }

    void deadlockFound(DeadlockReport report) {
        ProgramRun current = run;
        if (current != null) {
            current.deadlock = report;
        }
        synchronized (state) {
            stopController();
            state.deadlock(report.text());
        }
        onDeadlock.accept(report);
        killPrograms();
    }

    void hangFound(String report) {
        ProgramRun current = run;
        if (current != null) {
            current.hang = report;
        }
        synchronized (state) {
            stopController();
            state.hang(report);
        }
        killPrograms();
    }

    void livelockFound(LivelockReport report) {
        ProgramRun current = run;
        if (current != null) {
            current.livelock = report;
        }
        synchronized (state) {
            stopController();
            state.livelock(report.text());
        }
        killPrograms();
    }

    /**
     * The coordinator itself failed while it handled a frame: the run says nothing of the program,
     * so it ends, and its {@link ProgramRun#coordinatorFailure()} names the failure.
     */
    void coordinatorFailed(RuntimeException failure) {
        ProgramRun current = run;
        if (current != null) {
            current.coordinatorFailure = failure;
        } else {
            failure.printStackTrace(); // a root JVM's own coordinator: nobody else would see it
        }
        synchronized (state) {
            stopController();
        }
        killPrograms();
    }

    private void stopController() {
        Controller current = controller;
        if (current != null) {
            current.stop();
        }
    }

    /**
     * Kills what is left of a killed program, again and again: a process told to end may have
     * started others first, which the kill did not reach. Under the state lock, which waiting lets go.
     */
    private void endKilledProgram() {
        long deadline = System.nanoTime() + KILLED_PROGRAM_GRACE.toNanos();
        while (state.processes.anyLive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the processes of the last program did not end within "
                        + KILLED_PROGRAM_GRACE.toSeconds() + " s of being killed");
            }
            killPrograms();
            try {
                state.wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the last program's processes were ending", e);
            }
        }
    }

    /**
     * Kills every process of the program (the root JVM that hosts the coordinator excepted), or, in
     * a controlled run, ends it as if killed where every thread of it waits in the library.
     */
    void killPrograms() {
        synchronized (state) {
            killed = true;
            for (ProcessRecord p : state.processes.all()) {
                if (!abandon.test(p)) {
                    state.processes.signal(p, Signal.KILL); // one still starting is killed once it has its JVM
                }
            }
        }
    }
}
