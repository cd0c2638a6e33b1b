package io.github.mpgrade.harness.junit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the graded checks of a test plan as it runs: every test method with {@link Points}
 * is one check, whatever number of invocations it has (all must pass). A check that never ran
 * (its class failed to set up) fails with the class's error. Register it with the JUnit
 * Platform launcher; its {@link CheckObserver} is told each check's result as it becomes final,
 * and {@link #results()} holds them all.
 */
public final class GradingListener implements TestExecutionListener {
    private static final class Check {
        final String exercise;
        final String id;
        final String name;
        /** What it is worth; null for a test method without {@link Points}, which is no check. */
        final Double points;
        final String className;
        TestExecutionResult.Status status;
        String message;
        Long seed;
        Optional<FailingRun> failingRun = Optional.empty();
        long startNanos;
        boolean finished;

        Check(String exercise, String id, String name, Double points, String className) {
            this.exercise = exercise;
            this.id = id;
            this.name = name;
            this.points = points;
            this.className = className;
        }

        /** Whether it is a check: worth some points, or 0 for a note that never costs any. */
        boolean graded() {
            return points != null;
        }

        void record(TestExecutionResult result) {
            TestExecutionResult.Status incoming = result.getStatus();
            if (status == TestExecutionResult.Status.FAILED
                    || (status == TestExecutionResult.Status.ABORTED && incoming == TestExecutionResult.Status.SUCCESSFUL)) {
                return; // keep the worst outcome, and its message
            }
            status = incoming;
            Optional<Throwable> thrown = result.getThrowable();
            message = thrown.map(Throwable::getMessage).orElse(null);
            Optional<CheckFailure> failure = thrown.filter(CheckFailure.class::isInstance).map(CheckFailure.class::cast);
            seed = failure.map(CheckFailure::seed).orElse(null);
            failingRun = failure.flatMap(CheckFailure::failingRun);
        }
    }

    private final CheckObserver observer;
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, String> classFailures = new LinkedHashMap<>();
    private final Map<String, Long> classStarts = new HashMap<>();
    private TestPlan plan;

    /** A listener whose results are read at the end. */
    public GradingListener() {
        this(new CheckObserver() { });
    }

    /** A listener that tells {@code observer} about each check as it finishes. */
    public GradingListener(CheckObserver observer) {
        this.observer = observer;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                method(id.getSource()).ifPresent(m -> checks.computeIfAbsent(key(m), k -> newCheck(m, id)));
            }
        }
        observer.planned(checks.values().stream().filter(Check::graded)
                .map(c -> new PlannedCheck(c.exercise, c.id, c.name, c.points)).toList());
    }

    private static Check newCheck(MethodSource source, TestIdentifier id) {
        Method method = source.getJavaMethod();
        Points points = method.getAnnotation(Points.class);
        return new Check(exerciseOf(method.getDeclaringClass()), method.getName(), id.getDisplayName(),
                points == null ? null : points.value(), source.getClassName());
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

    @Override
    public void executionStarted(TestIdentifier id) {
        long now = System.nanoTime();
        Optional<Check> check = checkOf(id);
        if (check.isPresent()) {
            if (isCheck(id)) {
                check.get().startNanos = now;
            }
        } else {
            classOf(id).ifPresent(source -> classStarts.put(source.getClassName(), now));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        long now = System.nanoTime();
        Optional<Check> check = checkOf(id);
        if (check.isPresent()) {
            check.get().record(result);
            if (isCheck(id)) {
                finish(check.get(), now);
            }
            return;
        }
        classOf(id).ifPresent(source -> {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                classFailures.put(source.getClassName(), result.getThrowable().map(Throwable::getMessage)
                        .orElse("it failed"));
            }
            Long start = classStarts.get(source.getClassName());
            if (start != null && isTopLevel(id)) {
                observer.classFinished(exerciseOf(source.getJavaClass()), Duration.ofNanos(now - start));
            }
            finishClass(source.getClassName(), now);
        });
    }

    /** A disabled check, or class of checks, is final at once: it scores nothing. */
    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        long now = System.nanoTime();
        Optional<Check> check = checkOf(id);
        if (check.isPresent()) {
            if (isCheck(id)) {
                finish(check.get(), now);
            }
            return;
        }
        classOf(id).ifPresent(source -> finishClass(source.getClassName(), now));
    }

    /** Whatever never ended is final when the plan is: the check did not run. */
    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        checks.values().forEach(check -> finish(check, System.nanoTime()));
    }

    /** The checks of a class that ended without running them (its setup failed). */
    private void finishClass(String className, long now) {
        checks.values().stream().filter(c -> c.className.equals(className)).forEach(c -> finish(c, now));
    }

    private void finish(Check check, long now) {
        if (check.finished || !check.graded()) {
            return;
        }
        check.finished = true;
        observer.finished(result(check), check.startNanos == 0 ? Duration.ZERO : Duration.ofNanos(now - check.startNanos));
    }

    /** One result per check, in the order the plan lists them; only checks with {@link Points}. */
    public List<CheckResult> results() {
        return checks.values().stream().filter(Check::graded).map(this::result).toList();
    }

    private CheckResult result(Check c) {
        if (c.status == null) {
            String why = classFailures.getOrDefault(c.className, "the check did not run");
            return new CheckResult(c.exercise, c.id, c.name, 0, c.points, false, why, null);
        }
        boolean passed = c.status != TestExecutionResult.Status.FAILED;
        String note = c.status == TestExecutionResult.Status.ABORTED ? c.message : passed ? null : c.message;
        return new CheckResult(c.exercise, c.id, c.name, passed ? c.points : 0, c.points, passed, note,
                passed ? null : c.seed, passed ? Optional.empty() : c.failingRun);
    }

    /** The check of a test method's node, or of an invocation of it; empty for any other node. */
    private Optional<Check> checkOf(TestIdentifier id) {
        return method(id.getSource()).map(source -> checks.get(key(source)));
    }

    /** A test method, or a test template's method, but not one of its invocations. */
    private boolean isCheck(TestIdentifier id) {
        return plan.getParent(id).flatMap(parent -> method(parent.getSource())).isEmpty();
    }

    /** A class that is not nested in another, whose time is not counted already. */
    private boolean isTopLevel(TestIdentifier id) {
        return plan.getParent(id).flatMap(GradingListener::classOf).isEmpty();
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
