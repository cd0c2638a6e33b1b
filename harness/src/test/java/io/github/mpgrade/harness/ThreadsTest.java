package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.analysis.LockOrderGraph;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Threads of one JVM are tasks too: they appear when they first call the library, a controlled
 * run waits for each to park, and a thread blocked in Thread.join counts as waiting.
 */
class ThreadsTest {
    private static final String THREAD_PHILOSOPHERS = "io.github.mpgrade.harness.programs.ThreadPhilosophers";
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    @Test
    void eachThreadIsATaskOfItsOwnAndRunsReplayExactly() {
        Program program = Program.main(THREAD_PHILOSOPHERS).args("asymmetric", "3", "2");
        for (long seed = 0; seed < 4; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.deadlock().map(DeadlockReport::text));
            Set<String> eaters = run.outputs().stream().filter(e -> e.line().endsWith("is eating"))
                    .map(e -> e.task().threadName()).collect(Collectors.toSet());
            assertEquals(3, eaters.size(), "three philosopher threads: " + eaters);
            assertEquals(run.signature(), harness.replay(run).signature(), "replay of seed " + seed);
        }
    }

    @Test
    @Disabled("known bug: in 2 of ~8 full CI runs (JDK 17 and 25) a replay of this program stalled after"
            + " 'worker done' until the hang bound; not reproduced in 66 targeted replays. Enable once fixed.")
    void aParentEndsAfterItsWorkerAndTerminatesItsDaemonTheSameWayInEveryReplay() {
        Program program = Program.main("io.github.mpgrade.harness.programs.Daemons");
        for (long seed = 0; seed < 3; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.deadlock().map(DeadlockReport::text));
            assertEquals("main done, parent exit 0", run.lines().get(run.lines().size() - 1));
            assertTrue(run.lines().contains("worker done"), run.lines().toString());
            assertTrue(run.exits().stream().anyMatch(e -> e.process().equals("Process-1:1") && e.exitCode() == -15),
                    () -> "the daemon was not terminated: " + run.exits());
            Run again = harness.replay(run);
            assertEquals(run.signature(), again.signature(), "replay of seed " + seed + again.hang().map(h -> ": " + h).orElse(""));
        }
    }

    @Test
    void symmetricThreadPhilosophersAreFoundDeadlockProneAndTheirDeadlockIsReached() {
        Program program = Program.main(THREAD_PHILOSOPHERS).args("symmetric", "3", "1");
        Run run = harness.run(program, Strategy.directed(), 0);
        DeadlockReport deadlock = run.deadlock().orElseThrow(() -> new AssertionError("no deadlock: " + run.lines()));
        assertEquals(3, deadlock.cycle().size(), deadlock.text());
        assertTrue(deadlock.text().contains("MainProcess (thread main) is blocked outside the library (WAITING)"),
                deadlock.text());
        Run completed = harness.run(program, Strategy.randomWalk(), 3);
        if (completed.completed()) {
            assertEquals(1, LockOrderGraph.of(completed.events()).cycles().size());
        }
    }
}
