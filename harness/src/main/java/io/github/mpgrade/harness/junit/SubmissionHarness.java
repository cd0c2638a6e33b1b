package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Harness;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives checks the {@link Harness} of the submission under grading, as the test plan's
 * {@link GradingConfiguration} describes it: its programs load their classes from the
 * submission's class path, and every schedule uses the replayed seed if there is one. One
 * harness serves every check of a test plan and is closed, with every JVM it started, when the
 * plan ends.
 *
 * <pre>{@code
 * @ExtendWith(SubmissionHarness.class)
 * class PingPongChecks {
 *     @BeforeAll
 *     static void run(Harness harness) { ... }
 * }
 * }</pre>
 */
public final class SubmissionHarness implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Harness.class;
    }

    @Override
    public Harness resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SubmissionHarness.class));
        return store.getOrComputeIfAbsent(Shared.class, key -> new Shared(open(context)), Shared.class).harness;
    }

    private static Harness open(ExtensionContext context) {
        GradingConfiguration configuration = GradingConfiguration.read(context::getConfigurationParameter);
        return Harness.forClassPath(configuration.classPath(), configuration.replaySeed(),
                GradingConfiguration.runsAtOnce(context::getConfigurationParameter));
    }

    /** Closes the harness when the root context, the whole test plan, ends. */
    private record Shared(Harness harness) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            harness.close();
        }
    }
}
