package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Harness;
import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives checks the {@link Harness} of the submission under grading: its programs load their
 * classes from the class path in the configuration parameter {@value #CLASS_PATH} (the
 * submission's compiled classes and the runtime). One harness serves every check of a test
 * plan and is closed, with every JVM it started, when the plan ends.
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
    /** The configuration parameter (or system property) with the submission's class path. */
    public static final String CLASS_PATH = "mpgrade.classpath";

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
        String classPath = context.getConfigurationParameter(CLASS_PATH).orElseThrow(() ->
                new ExtensionConfigurationException("No submission to grade: set the configuration parameter "
                        + CLASS_PATH + " to the submission's class path (its classes and the multiprocessing jar)."));
        return Harness.forClassPath(Arrays.asList(classPath.split(File.pathSeparator)));
    }

    /** Closes the harness when the root context, the whole test plan, ends. */
    private record Shared(Harness harness) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            harness.close();
        }
    }
}
