package io.github.mpgrade.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hint recognises the compiler plugin's failure, however deep Maven wraps it. */
class CompileFailureHintTest {
    /** Stands for org.apache.maven.plugin.compiler.CompilationFailureException, matched by name. */
    static final class CompilationFailureException extends Exception {
        CompilationFailureException() {
            super("Compilation failure");
        }
    }

    @Test
    void findsACompilationFailureAmongTheCauses() {
        Exception wrapped = new RuntimeException("Failed to execute goal",
                new IllegalStateException("execution failed", new CompilationFailureException()));

        assertTrue(CompileFailureHint.compileFailure(wrapped));
    }

    @Test
    void otherFailuresGetNoHint() {
        assertFalse(CompileFailureHint.compileFailure(new RuntimeException("the grader could not run")));
    }
}
