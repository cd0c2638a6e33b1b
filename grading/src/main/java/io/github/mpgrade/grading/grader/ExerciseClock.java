package io.github.mpgrade.grading.grader;

import io.github.mpgrade.harness.junit.CheckObserver;
import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.PlannedCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Gives each exercise its share of the grading's time, by its points: exercise <i>k</i> must be
 * done when the shares of exercises 1..<i>k</i> have passed, so time an exercise leaves unused
 * goes to the ones after it, and a stuck one never takes theirs; and it has at least its own
 * share from when it starts, whatever the one before it took to stop. An exercise past its deadline is
 * stopped: the thread running its checks is interrupted (a harness run then kills its program)
 * and the grader's child processes are killed, until its checks are done; each of its checks that
 * ends after that scores 0 with a message naming the limit. The checks of the other exercises
 * are untouched.
 *
 * <p>Sits between the harness's listener and the {@link CheckTracker}, whose results it passes
 * on, and listens to the test plan's classes to know which exercise runs.
 */
final class ExerciseClock implements CheckObserver, TestExecutionListener, AutoCloseable {
    private static final Duration TICK = Duration.ofMillis(100);

    private final CheckObserver results;
    private final Duration budget;
    private final Thread checks;
    private final Runnable stopPrograms;
    private final Map<String, Long> deadlines = new LinkedHashMap<>();
    private final Map<String, Duration> shares = new LinkedHashMap<>();
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mpgrade-exercise-clock");
        thread.setDaemon(true);
        return thread;
    });
    /** The exercise whose checks run now, or null. Guarded by this. */
    private String running;

    /**
     * @param results      told each check's result, a stopped exercise's with its score taken away
     * @param budget       the time all exercises share, from the moment the plan is known; zero: no shares
     * @param checks       the thread that runs the checks
     * @param stopPrograms kills every program the checks started
     */
    ExerciseClock(CheckObserver results, Duration budget, Thread checks, Runnable stopPrograms) {
        this.results = results;
        this.budget = budget;
        this.checks = checks;
        this.stopPrograms = stopPrograms;
    }

    @Override
    public void planned(List<PlannedCheck> planned) {
        Map<String, Double> points = new LinkedHashMap<>();
        planned.forEach(check -> points.merge(check.exercise(), check.maxScore(), Double::sum));
        double total = points.values().stream().mapToDouble(Double::doubleValue).sum();
        long start = System.nanoTime();
        double before = 0;
        synchronized (this) {
            for (Map.Entry<String, Double> exercise : points.entrySet()) {
                double part = total > 0 ? exercise.getValue() / total : 1.0 / points.size();
                Duration share = Duration.ofNanos(Math.round(budget.toNanos() * part));
                before += part;
                shares.put(exercise.getKey(), share);
                deadlines.put(exercise.getKey(), start + Math.round(budget.toNanos() * before));
            }
        }
        if (!budget.isZero()) { // a limit too short to share is left to the grading's own time limit
            ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
        results.planned(planned);
    }

    @Override
    public void finished(CheckResult result, Duration elapsed) {
        if (stopped.contains(result.exercise())) {
            result = new CheckResult(result.exercise(), result.id(), result.name(), 0, result.maxScore(), false,
                    stoppedMessage(result.exercise()), null);
        }
        results.finished(result, elapsed);
    }

    @Override
    public void classFinished(String exercise, Duration elapsed) {
        results.classFinished(exercise, elapsed);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        topLevelClass(id).ifPresent(source -> {
            synchronized (this) {
                Thread.interrupted(); // an interrupt meant for the exercise before, which ended first
                running = exerciseOf(source.getJavaClass());
                // A stopped exercise takes a while to wind down: that time comes out of the reserve, not this share.
                Duration share = shares.get(running);
                if (share != null) {
                    deadlines.merge(running, System.nanoTime() + share.toNanos(), Math::max);
                }
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        topLevelClass(id).ifPresent(source -> {
            synchronized (this) {
                running = null;
            }
        });
    }

    private synchronized void tick() {
        Long deadline = running == null ? null : deadlines.get(running);
        if (deadline == null || System.nanoTime() < deadline) {
            return;
        }
        stopped.add(running);
        checks.interrupt();
        stopPrograms.run();
    }


    private String stoppedMessage(String exercise) {
        return "stopped: the checks of " + exercise + " used up its share of the grading's time ("
                + String.format(Locale.ROOT, "%.0f", shares.get(exercise).toMillis() / 1000.0) + " s, by its points,"
                + " plus what the exercises before it left unused). A program of yours may be stuck (a loop"
                + " that never ends, a thread that is never joined) or very slow: run it on its own to see.";
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private static Optional<ClassSource> topLevelClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .filter(source -> source.getJavaClass().getEnclosingClass() == null);
    }

    /** As the harness's listener names a class's exercise: its {@link Exercise}, or its simple name. */
    private static String exerciseOf(Class<?> type) {
        Exercise exercise = type.getAnnotation(Exercise.class);
        return exercise != null ? exercise.value() : type.getSimpleName();
    }
}
