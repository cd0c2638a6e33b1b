package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A program stopped at a limit leaves the coordinator idle: the next program of the harness runs. */
class NoCollateralTest {
    @Test
    void aForkBombStoppedAtItsTimeLimitCostsTheNextProgramNothing() {
        try (Harness harness = Harness.create(LaunchSpec.ofCurrentJvm(), Duration.ofSeconds(1), 10_000)) {
            Run bomb = harness.run(Program.main("io.github.mpgrade.harness.programs.ForkBomb"), Strategy.randomWalk(), 0);
            assertTrue(bomb.hang().isPresent(), "the bomb is stopped, not ended: " + bomb.exitCode());
            Run next = harness.run(Program.main("io.github.mpgrade.harness.programs.PingPong").args("correct", "3"),
                    Strategy.randomWalk(), 0);
            assertEquals(0, next.exitCode(), () -> "the next program runs to its end; it was stopped after "
                    + next.millis() + " ms: " + next.hang().orElse("no hang") + "; its log: " + next.events());
        }
    }

    @Test
    void aProgramWhoseJvmCannotExitCostsTheNextProgramNothing() {
        try (Harness harness = Harness.create(LaunchSpec.ofCurrentJvm(), Duration.ofSeconds(1), 10_000)) {
            Run stuck = harness.run(Program.main("io.github.mpgrade.harness.programs.EndlessShutdownHook"),
                    Strategy.randomWalk(), 0);
            assertTrue(stuck.hang().isPresent(), "its JVM never exits: " + stuck.exitCode());
            Run next = harness.run(Program.main("io.github.mpgrade.harness.programs.PingPong").args("correct", "3"),
                    Strategy.randomWalk(), 0);
            assertEquals(0, next.exitCode(), "the next program runs to its end");
        }
    }
}
