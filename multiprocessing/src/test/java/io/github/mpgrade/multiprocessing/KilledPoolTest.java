package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.samples.Hello;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tool that hosts a coordinator may kill every child JVM it has, the pool's ready ones too, as
 * the grader does when an exercise runs out of time: the next program still gets live JVMs and
 * runs to its end, at once.
 */
class KilledPoolTest {
    private static final int POOL = 3;

    @Test
    void aProgramStartedRightAfterThePoolWasKilledRunsToItsEnd() throws Exception {
        try (Coordinator coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm())
                .withPoolSize(POOL).withConsole(Console.silent()).withHangBound(Duration.ofSeconds(5)))) {
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                ProgramRun run = coordinator.launch(Hello.class.getName(), List.of());
                assertTrue(run.awaitEnd(Duration.ofSeconds(30)), "round " + round + ": the program did not end; "
                        + run.hang().orElse("no hang found"));
                assertEquals(0, run.exitCode(), "round " + round + ": " + run.log().outputLines());
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(),
                        "round " + round + " waited for the killed JVMs");
                awaitReadyPool();
                killAndAwait(ProcessHandle.current().descendants().toList());
            }
        }
    }

    /** Kills the JVMs and waits until they are gone and their connections' ends were read. */
    private static void killAndAwait(List<ProcessHandle> jvms) throws Exception {
        jvms.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().get(10, TimeUnit.SECONDS);
        }
        Thread.sleep(200);
    }

    /** Waits until the pool's JVMs are the only ones left, and have had time to say HELLO. */
    private static void awaitReadyPool() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.current().children().filter(ProcessHandle::isAlive).count() != POOL
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(1_000);
    }
}
