package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a program one task at a time: holds every request, and when every process is quiet (all
 * its threads parked at a library call) asks the {@link Scheduler} which enabled request goes
 * next. Records each decision so a run can be replayed. Guarded by the state lock.
 */
final class Controller {
    private static final long SLEEP_FOREVER_MILLIS = java.time.Duration.ofDays(1).toMillis();
    private final Scheduler scheduler;
    private final SyncState state;
    private final int maxSteps;
    /** Requests arrive in an order timing decides; everything read from them is read in this one. */
    private final Comparator<PendingOperation> inTaskOrder;
    private final List<PendingOperation> pending = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private long virtualMillis;
    /** The last decision (or the start): the chosen task must park again within the hang bound. */
    private long busySince = System.nanoTime();
    private boolean stepLimitReached;
    /** Set if the scheduler failed to decide; the run then stops. */
    private SchedulerFailure schedulerFailure;
    /** A verdict (deadlock, hang, a failed scheduler) ended the run: nothing more of the program may run. */
    private boolean stopped;
    private final ProgressWatch progress = new ProgressWatch();
    /** How many entries of the log the progress watch has read. */
    private int eventsRead;

    Controller(Scheduler scheduler, SyncState state, int maxSteps) {
        this.scheduler = scheduler;
        this.state = state;
        this.maxSteps = maxSteps;
        this.inTaskOrder = Comparator.comparing((PendingOperation op) -> state.names.stableName(op.task))
                .thenComparing(op -> op.operation);
    }

    void submit(PendingOperation operation) {
        if (operation.operation == Choice.Operation.SLEEP) {
            operation.wakeAt = virtualMillis + operation.timeoutMillis;
        }
        pending.add(operation);
    }

    /** Makes every decision that can be made now: while all are quiet, one operation at a time. */
    void decide() {
        while (!stopped && !stepLimitReached && !pending.isEmpty() && allQuiet()) {
            if (noProgress()) {
                return; // a livelock: the deadlock watch asks where the tasks loop, and reports
            }
            List<PendingOperation> enabled = new ArrayList<>();
            List<PendingOperation> sleepingForever = new ArrayList<>();
            for (PendingOperation op : pending) {
                if (op.enabled(state)) {
                    (sleepsForever(op) ? sleepingForever : enabled).add(op);
                }
            }
            if (enabled.isEmpty()) {
                enabled = sleepingForever; // they end only when nothing else can run
            }
            if (enabled.isEmpty()) {
                return; // every task waits for another: the deadlock watch confirms and reports
            }
            if (decisions.size() >= maxSteps) {
                stepLimitReached = true;
                return;
            }
            enabled.sort(inTaskOrder);
            List<Choice> choices = new ArrayList<>(enabled.size());
            for (PendingOperation op : enabled) {
                choices.add(choice(op));
            }
            int index = pick(Collections.unmodifiableList(choices));
            if (index < 0) {
                return;
            }
            PendingOperation chosen = enabled.get(index);
            decisions.add(state.names.stableName(chosen.task));
            pending.remove(chosen);
            if (chosen.operation == Choice.Operation.SLEEP) {
                virtualMillis = Math.max(virtualMillis, chosen.wakeAt);
            }
            chosen.runNow(state);
            progress.stepTaken(chosen.task, ProgressWatch.describe(chosen));
            busySince = System.nanoTime();
        }
    }

    /**
     * A sleep of a day or more ({@code Thread.sleep(Long.MAX_VALUE)}): it ends only when nothing
     * else can run, since no real schedule keeps every other task from taking a step for that
     * long. A program that starts sleepers in a loop then fills up to its task limit, as it would
     * outside the harness, instead of seeing each sleeper end at once on the virtual clock.
     */
    private static boolean sleepsForever(PendingOperation op) {
        return op.operation == Choice.Operation.SLEEP && op.timeoutMillis >= SLEEP_FOREVER_MILLIS;
    }

    /** The index of the scheduler's pick among the choices; -1, and the run stopped, if it failed. */
    private int pick(List<Choice> choices) {
        int step = decisions.size();
        Choice picked;
        try {
            picked = scheduler.pick(choices, step);
        } catch (RuntimeException | Error broken) {
            fail(SchedulerFailure.threw(step, broken));
            return -1;
        }
        int index = choices.indexOf(picked);
        if (index < 0) {
            fail(SchedulerFailure.pickedNoChoice(step, picked, choices));
        }
        return index;
    }

    private void fail(SchedulerFailure failure) {
        schedulerFailure = failure;
        stopped = true;
    }

    private Choice choice(PendingOperation op) {
        String object = op.target == null ? null : op.target.name();
        boolean blocking = switch (op.operation) {
            case ACQUIRE, QUEUE_GET, JOIN, THREAD_JOIN -> op.timeoutMillis != 0;
            case FINISHING -> true;
            default -> false;
        };
        return new Choice(state.names.stableName(op.task), op.operation, object, state.objects.holdings(op.task),
                op.wakeAt, blocking);
    }

    /**
     * Whether every process of the program is parked: only then may a decision be made. A process
     * that is exiting (or was told to) counts as busy until its exit is final, so exits enter the
     * log in the same place in every run of a schedule.
     */
    boolean allQuiet() {
        for (ProcessRecord p : state.processes.all()) {
            if (p.phase == ProcessRecord.Phase.LAUNCHING) {
                return false;
            }
            // A process told to end is busy until it has: its exit must not race the next decision.
            if (p.phase == ProcessRecord.Phase.RUNNING
                    && (p.signal != null || p.session == null || !p.session.isQuiet())) {
                return false;
            }
        }
        return true;
    }

    /** Every task waits for another and nothing is running: a deadlock, certain. */
    boolean stuck() {
        return !pending.isEmpty() && allQuiet() && pending.stream().noneMatch(op -> op.enabled(state));
    }

    /**
     * Some process has run outside the library for longer than {@code boundNanos}. The time a JVM
     * takes to start is not the program's: while one launches the clock starts again (on a loaded
     * machine a start can take longer than the bound, and the hang was then reported before the
     * program had run a line).
     */
    boolean hung(long now, long boundNanos) {
        if (state.processes.someProcessLaunching()) {
            busySince = now;
            return false;
        }
        return !allQuiet() && now - busySince > boundNanos;
    }

    /** Marks the task's interruptible wait, if it has one, to end with an interrupt when the scheduler picks it. */
    void interrupt(TaskKey thread) {
        for (PendingOperation op : pending) {
            if (op.task.equals(thread) && op.interruptible()) {
                op.interrupted = true;
            }
        }
    }

    /** Ends the schedule: after a verdict the program is killed, and must not take another step. */
    void stop() {
        stopped = true;
    }

    /** The requests that must wait, in task order: a deadlock report lists them the same way in every run. */
    List<Waiter> blockedWaiters() {
        return pending.stream().filter(op -> op.mustWait(state)).sorted(inTaskOrder).map(PendingOperation::asWaiter)
                .toList();
    }

    List<String> decisions() {
        return List.copyOf(decisions);
    }

    boolean stepLimitReached() {
        return stepLimitReached;
    }

    /** Why the scheduler could not decide, if it failed; null while it has not. */
    SchedulerFailure schedulerFailure() {
        return schedulerFailure;
    }

    /** Whether the run was cut short without a verdict on the program: at the step limit, or by its scheduler. */
    boolean cutShort() {
        return stepLimitReached || schedulerFailure != null;
    }

    long virtualMillis() {
        return virtualMillis;
    }

    /**
     * Reads what the log gained since the last step (the step's own entries, and what its task
     * printed before it parked again): whether the run has now gone the bound without progress.
     */
    private boolean noProgress() {
        List<TraceEvent> fresh = state.log().from(eventsRead);
        eventsRead += fresh.size();
        for (TraceEvent event : fresh) {
            progress.saw(event, state.objects::holdings);
        }
        return progress.livelocked();
    }

    /** Whether the run stopped deciding because its tasks kept taking steps that showed no progress. */
    boolean livelocked() {
        return progress.livelocked();
    }

    /** In a livelock: what each task repeated since the last progress, how often, in task order. */
    Map<TaskKey, Map<String, Integer>> loops() {
        Map<TaskKey, Map<String, Integer>> inTaskOrder = new TreeMap<>(Comparator.comparing(state.names::stableName));
        inTaskOrder.putAll(progress.loops());
        return inTaskOrder;
    }

    int stepsWithoutProgress() {
        return progress.stepsWithoutProgress();
    }
}
