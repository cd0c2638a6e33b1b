package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A task that never comes back to the library is an uncontrolled hang, never a deadlock. */
class HangTest {
    @Test
    void aSpinLoopOutsideTheLibraryIsReportedAsAnUncontrolledHangWithinItsBound() {
        try (Harness harness = Harness.create(LaunchSpec.ofCurrentJvm(), Duration.ofSeconds(2), 10_000)) {
            long start = System.nanoTime();
            Run run = harness.run(Program.main("io.github.mpgrade.harness.programs.Spin"), Strategy.randomWalk(), 0);
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            assertTrue(run.deadlock().isEmpty(), "reported as a deadlock");
            String hang = run.hang().orElseThrow(() -> new AssertionError("no hang reported"));
            assertTrue(hang.contains("Process-1 (thread main) was running"), hang);
            assertTrue(hang.contains("at io.github.mpgrade.harness.programs.Spin.lambda$main$"), hang);
            assertTrue(seconds < 10, "took " + seconds + " s");
        }
    }
}
