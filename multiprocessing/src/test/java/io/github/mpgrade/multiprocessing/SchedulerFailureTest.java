package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.SchedulerFailure;
import io.github.mpgrade.samples.Hello;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A controlled run whose scheduler throws ends at once, killed, and says that its scheduler failed. */
class SchedulerFailureTest {
    @Test
    void aRunWhoseSchedulerThrowsIsStoppedAndReportsTheFailure() throws Exception {
        try (Coordinator coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm()).withPoolSize(0)
                .withConsole(Console.silent()))) {
            ProgramRun run = coordinator.launch(Hello.class.getName(), List.of(), (enabled, step) -> {
                if (step == 3) {
                    throw new IllegalStateException("no policy for step 3");
                }
                return enabled.get(0);
            });
            assertTrue(run.awaitEnd(Duration.ofSeconds(60)), "the program was not stopped");
            SchedulerFailure failure = run.schedulerFailure().orElseThrow(() -> new AssertionError("no failure"));
            assertEquals(3, failure.step());
            assertTrue(failure.message().contains("no policy for step 3"), failure.message());
            assertEquals(3, run.decisions().size());
            assertEquals(Integer.valueOf(-9), run.exitCode(), "the program is killed, not left to run on");
            assertTrue(run.deadlock().isEmpty() && run.hang().isEmpty() && !run.stepLimitReached());
        }
    }
}
