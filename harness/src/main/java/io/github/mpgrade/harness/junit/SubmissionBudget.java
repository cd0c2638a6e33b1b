package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Budget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives checks the {@link Budget} of schedules each safety property explores, from the
 * configuration parameter {@link GradingConfiguration#SCHEDULES} (or its default), beside the
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
        return GradingConfiguration.budget(context::getConfigurationParameter);
    }
}
