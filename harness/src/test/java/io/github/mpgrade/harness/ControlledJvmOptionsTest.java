package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A controlled JVM serves hundreds of processes, each running the per-process code (the JDK's
 * serialization, threads, streams) once: it compiles a method after a tenth of the usual calls, so
 * an exploration reaches its steady speed within tens of schedules, not hundreds. The options of
 * the launch still win.
 */
class ControlledJvmOptionsTest {
    private static final Program PRINTS_SCALING = Program.main("io.github.mpgrade.harness.programs.PrintsCompileThreshold");

    @Test
    void aControlledJvmCompilesAfterATenthOfTheUsualCalls() {
        try (Harness harness = Harness.forCurrentClassPath()) {
            assertEquals(List.of("scaling 0.1"), harness.run(PRINTS_SCALING, Strategy.randomWalk(), 0).lines());
        }
    }

    @Test
    void theLaunchsOwnThresholdScalingWins() {
        LaunchSpec current = LaunchSpec.ofCurrentJvm();
        List<String> options = new ArrayList<>(current.jvmOptions());
        options.add("-XX:CompileThresholdScaling=1.0");
        LaunchSpec usual = new LaunchSpec(current.javaExecutable(), current.classPath(), options);
        try (Harness harness = Harness.create(usual, Duration.ofSeconds(10), 10_000)) {
            assertEquals(List.of("scaling 1.0"), harness.run(PRINTS_SCALING, Strategy.randomWalk(), 0).lines());
        }
    }
}
