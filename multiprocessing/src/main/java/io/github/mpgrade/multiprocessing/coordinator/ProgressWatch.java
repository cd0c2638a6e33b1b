package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, in a controlled run, whether a program still makes progress, by reading its event log
 * between steps. Progress is an entry of the log that shows the program got further:
 * <ul>
 *   <li>a line printed (on standard output or error), an exception that ended a thread;
 *   <li>a process started, ended or joined; a lock, semaphore, value or queue made;
 *   <li>a lock or semaphore handed to a task that, holding what it holds now, had never been
 *       handed it before in this run (a task that takes its left fork, fails to get the right one
 *       and puts the left one down takes the left fork "in the same state" every time);
 *   <li>a value set to something it never held before in this run;
 *   <li>a queue item put or taken.
 * </ul>
 * Everything else (a request, a failed try or a timeout, a release, a read, a sleep on the
 * virtual clock) is a step that shows no progress by itself. After {@link #STEPS_WITHOUT_PROGRESS}
 * steps in a row without progress the run is a livelock: its tasks keep running, and nothing they
 * do gets anywhere. Guarded by the state lock.
 */
final class ProgressWatch {
    /**
     * Steps in a row without progress that make a livelock. Measured on the corpus's try-lock
     * back-off philosopher (the correct design with the longest stretches: it puts its fork down and
     * retries) under random walks, start orders and directed schedules, 12 seeds each, at tables of
     * 3, 2, 6 and 5 philosophers: the longest stretch without progress was 27 steps (the reference
     * solution's: 6). 2,000 is over 70 times that, and a livelocked program reaches it in 2,000
     * round trips to the coordinator: one or two seconds on a loaded machine, where the step limit
     * (200,000 steps) took minutes. Under PCT a high-priority task that retries can starve the one
     * it waits for; that is a livelock of that (unfair) schedule, as the step limit said before.
     */
    static final int STEPS_WITHOUT_PROGRESS = 2_000;

    /** What a task did, and how often, since the last progress. */
    private final Map<TaskKey, Map<String, Integer>> repeated = new LinkedHashMap<>();
    private final Set<List<Object>> grantsSeen = new HashSet<>();
    private final Set<List<Object>> valuesSeen = new HashSet<>();
    private final int bound;
    private int stepsWithoutProgress;

    ProgressWatch() {
        this(STEPS_WITHOUT_PROGRESS);
    }

    /** @param bound steps in a row without progress that make a livelock */
    ProgressWatch(int bound) {
        this.bound = bound;
    }

    /**
     * Reads one new entry of the log.
     *
     * @param holdings what a task holds now (for a grant's task: with what it was just handed)
     */
    void saw(TraceEvent event, Function<TaskKey, List<String>> holdings) {
        if (isProgress(event, holdings)) {
            stepsWithoutProgress = 0;
            repeated.clear();
        }
    }

    private boolean isProgress(TraceEvent event, Function<TaskKey, List<String>> holdings) {
        if (event instanceof TraceEvent.AcquireGrant grant) {
            TaskKey task = key(grant.task());
            return grantsSeen.add(List.of(task, grant.object(), List.copyOf(holdings.apply(task))));
        }
        if (event instanceof TraceEvent.ValueSet set) {
            return valuesSeen.add(List.of(set.object(), String.valueOf(set.shown())));
        }
        // Output, processes, joins, new objects, queue items, exceptions and verdicts are progress; a
        // field access is not (a spinning loop reads its flag again after every step).
        return !(event instanceof TraceEvent.AcquireRequest || event instanceof TraceEvent.AcquireTimeout
                || event instanceof TraceEvent.Release || event instanceof TraceEvent.ValueGet
                || event instanceof TraceEvent.FieldAccess);
    }

    /**
     * The scheduler let {@code task} take one step.
     *
     * @param what the step as a student reads it: {@code tryAcquire of Lock-2}, {@code Time.sleep}
     */
    void stepTaken(TaskKey task, String what) {
        stepsWithoutProgress++;
        repeated.computeIfAbsent(task, t -> new LinkedHashMap<>()).merge(what, 1, Integer::sum);
    }

    /** Whether the last {@link #STEPS_WITHOUT_PROGRESS} steps in a row showed no progress. */
    boolean livelocked() {
        return stepsWithoutProgress >= bound;
    }

    /** The tasks that took steps since the last progress: what each did, how often, in the order first done. */
    Map<TaskKey, Map<String, Integer>> loops() {
        Map<TaskKey, Map<String, Integer>> copy = new LinkedHashMap<>();
        repeated.forEach((task, steps) -> copy.put(task, new LinkedHashMap<>(steps)));
        return copy;
    }

    int stepsWithoutProgress() {
        return stepsWithoutProgress;
    }

    private static TaskKey key(Task task) {
        return new TaskKey(task.processId(), task.threadId());
    }

    /** The steps of a controlled run as the livelock report names them. */
    static String describe(PendingOperation op) {
        String object = op.target == null ? "" : " of " + op.target.name();
        return switch (op.operation) {
            case ACQUIRE -> (op.timeoutMillis == 0 ? "tryAcquire" : op.timeoutMillis > 0 ? "acquire with a timeout"
                    : "acquire") + object;
            case QUEUE_GET -> (op.timeoutMillis == 0 ? "get_nowait" : "get") + object;
            case JOIN -> (op.timeoutMillis > 0 ? "join with a timeout" : "join") + object;
            case SLEEP -> "Time.sleep";
            default -> op.operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + object;
        };
    }

    /** For the report: the steps a task repeated (a step it took once is no loop), most frequent first. */
    static List<String> mostFrequentFirst(Map<String, Integer> steps) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(steps.entrySet());
        entries.removeIf(e -> e.getValue() < 2 && steps.values().stream().anyMatch(count -> count >= 2));
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)"))
                .toList();
    }
}
