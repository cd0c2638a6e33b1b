package io.github.mpgrade.harness.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
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
 * Platform launcher, then read {@link #results()}.
 */
public final class GradingListener implements TestExecutionListener {
    private static final class Check {
        final String exercise;
        final String id;
        final String name;
        final double points;
        final String className;
        TestExecutionResult.Status status;
        String message;
        Long seed;

        Check(String exercise, String id, String name, double points, String className) {
            this.exercise = exercise;
            this.id = id;
            this.name = name;
            this.points = points;
            this.className = className;
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
            seed = thrown.filter(CheckFailure.class::isInstance).map(t -> ((CheckFailure) t).seed()).orElse(null);
        }
    }

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, String> classFailures = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                method(id.getSource()).ifPresent(m -> checks.computeIfAbsent(key(m), k -> newCheck(m, id)));
            }
        }
    }

    private static Check newCheck(MethodSource source, TestIdentifier id) {
        Method method = source.getJavaMethod();
        Points points = method.getAnnotation(Points.class);
        return new Check(exerciseOf(method.getDeclaringClass()), method.getName(), id.getDisplayName(),
                points == null ? 0 : points.value(), source.getClassName());
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
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<MethodSource> method = method(id.getSource());
        if (method.isPresent()) {
            Check check = checks.get(key(method.get()));
            if (check != null) {
                check.record(result);
            }
        } else if (id.getSource().filter(ClassSource.class::isInstance).isPresent()
                && result.getStatus() == TestExecutionResult.Status.FAILED) {
            String className = ((ClassSource) id.getSource().get()).getClassName();
            classFailures.put(className, result.getThrowable().map(Throwable::getMessage).orElse("it failed"));
        }
    }

    /** One result per check, in the order the plan lists them; only checks with {@link Points}. */
    public List<CheckResult> results() {
        List<CheckResult> results = new ArrayList<>();
        for (Check c : checks.values()) {
            if (c.points <= 0) {
                continue;
            }
            if (c.status == null) {
                String why = classFailures.getOrDefault(c.className, "the check did not run");
                results.add(new CheckResult(c.exercise, c.id, c.name, 0, c.points, false, why, null));
                continue;
            }
            boolean passed = c.status != TestExecutionResult.Status.FAILED;
            String note = c.status == TestExecutionResult.Status.ABORTED ? c.message : passed ? null : c.message;
            results.add(new CheckResult(c.exercise, c.id, c.name, passed ? c.points : 0, c.points, passed, note,
                    passed ? null : c.seed));
        }
        return results;
    }

    private static Optional<MethodSource> method(Optional<TestSource> source) {
        return source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }

    private static String key(MethodSource source) {
        return source.getClassName() + "#" + source.getMethodName() + "(" + source.getMethodParameterTypes() + ")";
    }
}
