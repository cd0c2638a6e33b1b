package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reusing JVMs changes nothing a run shows: a seed makes the same decisions and the same event log
 * whether each process gets a fresh JVM or a reused one (with its fresh class loader, under the
 * agent), and in the reusing harness the JVMs were indeed reused.
 */
class JvmReuseSameLogTest {
    private static final int SEEDS = 3;
    private static Harness reusing;
    private static Harness fresh;

    @BeforeAll
    static void openHarnesses() {
        LaunchSpec spec = LaunchSpec.withClassPath(
                Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        reusing = Harness.create(spec, Duration.ofSeconds(10), 200_000, OptionalLong.empty(), true, 1);
        fresh = Harness.create(spec, Duration.ofSeconds(10), 200_000, OptionalLong.empty(), false, 1);
    }

    @AfterAll
    static void closeHarnesses() {
        reusing.close();
        fresh.close();
    }

    /** Processes that pass a token, processes that share an array, threads that dine under the agent. */
    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of(Program.main("io.github.mpgrade.harness.programs.TokenRing").args("queues", "3", "2"),
                        Strategy.pct(3, 60)),
                Arguments.of(Program.main("io.github.mpgrade.harness.programs.SharedArray"), Strategy.randomWalk()),
                Arguments.of(Program.main("io.github.mpgrade.harness.programs.ThreadPhilosophers").args("asymmetric", "3", "2"),
                        Strategy.randomWalk()));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("programs")
    void aSeedMakesTheSameDecisionsAndLogWithReusedJvmsAsWithFreshOnes(Program program, Strategy strategy) {
        Set<Long> pidsSeen = new HashSet<>();
        boolean reused = false;
        for (long seed = 0; seed < SEEDS; seed++) {
            Run withFreshJvms = fresh.run(program, strategy, seed);
            Run withReusedJvms = reusing.run(program, strategy, seed);
            assertTrue(withFreshJvms.completed(), "seed " + seed + " did not complete with fresh JVMs");
            assertEquals(withFreshJvms.decisions(), withReusedJvms.decisions(), "seed " + seed + ": decisions");
            assertEquals(withFreshJvms.signature(), withReusedJvms.signature(), "seed " + seed + ": event logs");
            assertEquals(withFreshJvms.exitCode(), withReusedJvms.exitCode(), "seed " + seed + ": exit codes");
            for (TraceEvent.ProcessStart start : withReusedJvms.eventsOf(TraceEvent.ProcessStart.class)) {
                reused |= !pidsSeen.add(start.pid());
            }
        }
        assertTrue(reused, "the reusing harness started a fresh JVM for every process: " + pidsSeen);
    }
}
