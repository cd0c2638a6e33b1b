package io.github.mpgrade.plugin;

import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code mvn grade} stops because the code does not compile, says so in words a student
 * acts on: nothing was graded, fix the first error, grade again. Maven prints the compiler's
 * errors above it and exits non-zero.
 */
public class CompileFailureHint extends AbstractMavenLifecycleParticipant {
    static final String MESSAGE = "mpgrade: your code does not compile, so it was not graded. Fix the first"
            + " compilation error above (its file and [line,column] are shown), then run mvn grade again.";

    private final Logger log = LoggerFactory.getLogger(CompileFailureHint.class);

    @Override
    public void afterSessionEnd(MavenSession session) {
        if (grading(session) && session.getResult().getExceptions().stream().anyMatch(CompileFailureHint::compileFailure)) {
            log.error(MESSAGE);
        }
    }

    private static boolean grading(MavenSession session) {
        return session.getGoals().stream().anyMatch(goal -> goal.equals("grade") || goal.endsWith(":grade"));
    }

    /** The compiler plugin's failure, found by its class's name: the plugin's classes are not ours to load. */
    static boolean compileFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("CompilationFailureException")) {
                return true;
            }
        }
        return false;
    }
}
