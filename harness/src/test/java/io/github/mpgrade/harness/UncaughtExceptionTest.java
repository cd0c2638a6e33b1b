package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exception that ends a {@code Thread} leaves its process's exit code 0 (Java's rule, and
 * Python's for {@code threading}), so the log must say it happened for a check to fail on it.
 */
class UncaughtExceptionTest {
    private static final String THREAD_FAILURE = "io.github.mpgrade.harness.programs.ThreadFailure";

    @Test
    void anExceptionThatEndsAThreadIsAnEventOfItsOwn_namingTheThreadTheExceptionAndTheProgramsLine() {
        try (Harness harness = Harness.forCurrentClassPath()) {
            Run run = harness.run(Program.main(THREAD_FAILURE), Strategy.randomWalk(), 0);
            assertTrue(run.completed(), () -> "did not complete: " + run.hang().orElse("") + run.deadlock());
            assertEquals(0, run.exitCode(), "Java's rule: the process still exits with 0");
            List<TraceEvent.UncaughtException> uncaught = run.eventsOf(TraceEvent.UncaughtException.class);
            assertEquals(1, uncaught.size(), () -> "no event of its own; the log: " + run.events());
            TraceEvent.UncaughtException event = uncaught.get(0);
            assertEquals("MainProcess", event.task().processName());
            assertEquals("Thread-0", event.task().threadName());
            assertEquals("java.lang.IllegalStateException: the worker gave up", event.exception());
            assertEquals("io.github.mpgrade.harness.programs.ThreadFailure.work(ThreadFailure.java:13)", event.site());
            assertTrue(run.lines().indexOf("main done") >= 0, run.lines()::toString);
            assertTrue(event.seq() < run.outputs().get(0).seq(), "the thread ended before main's join returned");
            List<String> errorLines = run.eventsOf(TraceEvent.ErrorOutput.class).stream()
                    .map(TraceEvent.ErrorOutput::line).toList();
            assertTrue(errorLines.contains("Exception in thread \"Thread-0\" java.lang.IllegalStateException:"
                    + " the worker gave up"), () -> "the stack trace is still printed: " + errorLines);
        }
    }
}
