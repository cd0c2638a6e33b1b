package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Budget;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives checks the {@link Budget} of schedules each safety property explores, from the
 * configuration parameter {@link GradingConfiguration#SCHEDULES} (or its default), within a third
 * of the class's time by its {@link Points} where the grading has a time limit, beside the
 * {@link SubmissionHarness} that runs them.
 *
 * <pre>{@code
 * @ExtendWith({SubmissionHarness.class, SubmissionBudget.class})
 * class PhilosophersChecks {
 *     @BeforeAll
 *     void observe(Harness harness, Budget budget) { ... harness.explore(program, budget, unsafe) ... }
 * }
 * }</pre>
 */
public final class SubmissionBudget implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Budget.class;
    }

    @Override
    public Budget resolveParameter(ParameterContext parameter, ExtensionContext context) {
        double classPoints = Arrays.stream(context.getRequiredTestClass().getDeclaredMethods())
                .map(method -> method.getAnnotation(Points.class)).filter(Objects::nonNull)
                .mapToDouble(Points::value).sum();
        return GradingConfiguration.budget(context::getConfigurationParameter, classPoints);
    }
}
