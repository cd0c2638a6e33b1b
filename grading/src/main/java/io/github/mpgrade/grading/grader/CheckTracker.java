package io.github.mpgrade.grading.grader;

import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.grader.GraderResults.GradedCheck;
import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.GradingListener;
import io.github.mpgrade.harness.junit.Points;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Follows the checks as they run: tells the console one line per finished check and hands out a
 * checkpoint of every check after each, so that a grader stopped at the time limit still has the
 * results of the checks it finished. The outcomes come from a {@link GradingListener} of its own,
 * so a check scores here exactly as in the harness's final results.
 */
final class CheckTracker implements TestExecutionListener {
    /** A check of the plan: a test method with points, however many invocations it has. */
    private static final class Tracked {
        final String exercise;
        final String id;
        final String className;
        long startNanos;
        double seconds;
        boolean finished;

        Tracked(String exercise, String id, String className) {
            this.exercise = exercise;
            this.id = id;
            this.className = className;
        }
    }

    private final GradingListener outcomes = new GradingListener();
    private final Consumer<String> console;
    private final Consumer<GraderResults> checkpoint;
    private final Map<String, Tracked> checks = new LinkedHashMap<>();
    private final Map<String, Long> classStarts = new LinkedHashMap<>();
    private final Map<String, Double> exerciseSeconds = new LinkedHashMap<>();
    private TestPlan plan;

    /**
     * @param console    told one line per finished check
     * @param checkpoint told every check's state after each check finishes
     */
    CheckTracker(Consumer<String> console, Consumer<GraderResults> checkpoint) {
        this.console = console;
        this.checkpoint = checkpoint;
    }

    /** How many checks the plan has (after it started). */
    int checkCount() {
        return checks.size();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        outcomes.testPlanExecutionStarted(testPlan);
        plan = testPlan;
        // The same walk and filter as GradingListener, so the checks line up with its results.
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                method(id.getSource()).ifPresent(m -> {
                    Method javaMethod = m.getJavaMethod();
                    Points points = javaMethod.getAnnotation(Points.class);
                    if (points != null && points.value() > 0) {
                        checks.computeIfAbsent(key(m), k -> new Tracked(exerciseOf(javaMethod.getDeclaringClass()),
                                javaMethod.getName(), m.getClassName()));
                    }
                });
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        long now = System.nanoTime();
        Optional<MethodSource> method = method(id.getSource());
        if (method.isPresent() && isCheck(id)) {
            Tracked check = checks.get(key(method.get()));
            if (check != null) {
                check.startNanos = now;
            }
        } else if (classOf(id).isPresent()) {
            classStarts.put(classOf(id).get().getClassName(), now);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        outcomes.executionFinished(id, result);
        long now = System.nanoTime();
        classOf(id).filter(source -> isTopLevel(id)).ifPresent(source -> {
            Long start = classStarts.get(source.getClassName());
            if (start != null) {
                exerciseSeconds.merge(exerciseOf(source.getJavaClass()), (now - start) / 1e9, Double::sum);
            }
        });
        finish(id, now);
    }

    /** A disabled check, or class of checks, is final at once: it scores nothing. */
    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        outcomes.executionSkipped(id, reason);
        finish(id, System.nanoTime());
    }

    /**
     * The checks that {@code id}'s end makes final: its own check, or every unfinished check of
     * its class (a class whose setup failed ends without running them). Each gets its progress
     * line, and the checkpoint is written.
     */
    private void finish(TestIdentifier id, long now) {
        List<Tracked> finishedNow = new ArrayList<>();
        Optional<MethodSource> method = method(id.getSource());
        if (method.isPresent() && isCheck(id)) {
            Tracked check = checks.get(key(method.get()));
            if (check != null && !check.finished) {
                check.seconds = check.startNanos == 0 ? 0 : (now - check.startNanos) / 1e9;
                finishedNow.add(check);
            }
        } else if (classOf(id).isPresent()) {
            String className = classOf(id).get().getClassName();
            checks.values().stream().filter(c -> c.className.equals(className) && !c.finished).forEach(finishedNow::add);
        }
        if (finishedNow.isEmpty()) {
            return;
        }
        finishedNow.forEach(c -> c.finished = true);
        List<GradedCheck> state = state();
        for (GradedCheck graded : state) {
            if (finishedNow.stream().anyMatch(c -> c.exercise.equals(graded.exercise()) && c.id.equals(graded.id()))) {
                console.accept(progressLine(graded));
            }
        }
        checkpoint.accept(new GraderResults(false, state, exerciseSeconds));
    }

    /** The final results: the harness's, with each check's time. */
    GraderResults complete(List<CheckResult> results) {
        checks.values().forEach(c -> c.finished = true);
        return new GraderResults(true, merge(results), exerciseSeconds);
    }

    private List<GradedCheck> state() {
        return merge(outcomes.results());
    }

    private List<GradedCheck> merge(List<CheckResult> results) {
        List<Tracked> tracked = new ArrayList<>(checks.values());
        if (tracked.size() != results.size()) {
            throw new IllegalStateException("the harness graded " + results.size() + " checks, the plan has " + tracked.size());
        }
        List<GradedCheck> merged = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            Tracked t = tracked.get(i);
            if (!t.exercise.equals(r.exercise()) || !t.id.equals(r.id())) {
                throw new IllegalStateException("check " + i + " is " + r.exercise() + "/" + r.id() + " in the harness's"
                        + " results but " + t.exercise + "/" + t.id + " in the plan");
            }
            merged.add(new GradedCheck(r.exercise(), r.id(), r.name(), t.finished ? r.score() : 0, r.maxScore(),
                    t.finished && r.passed(), t.finished ? r.message() : null, t.finished ? r.seed() : null,
                    t.seconds, t.finished));
        }
        return merged;
    }

    static String progressLine(GradedCheck check) {
        return String.format(Locale.ROOT, "%s %s/%s  %s: %s", check.passed() ? "PASS" : "FAIL",
                Scores.format(check.score()), Scores.format(check.maxScore()), check.exercise(), check.name());
    }

    /** A test method, or a test template's method, but not one of its invocations. */
    private boolean isCheck(TestIdentifier id) {
        return plan.getParent(id).flatMap(parent -> method(parent.getSource())).isEmpty();
    }

    /** A class that is not nested in another, whose time is not counted already. */
    private boolean isTopLevel(TestIdentifier id) {
        return plan.getParent(id).flatMap(CheckTracker::classOf).isEmpty();
    }

    private static String exerciseOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Exercise exercise = c.getAnnotation(Exercise.class);
            if (exercise != null) {
                return exercise.value();
            }
        }
        return type.getSimpleName();
    }

    private static Optional<MethodSource> method(Optional<TestSource> source) {
        return source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }

    private static Optional<ClassSource> classOf(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast);
    }

    private static String key(MethodSource source) {
        return source.getClassName() + "#" + source.getMethodName() + "(" + source.getMethodParameterTypes() + ")";
    }
}
