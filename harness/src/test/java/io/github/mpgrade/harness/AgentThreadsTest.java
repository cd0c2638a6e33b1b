package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the agent, a program's plain Java threads are tasks of the coordinator: started, joined,
 * synchronized and notified only when the schedule says, so thread programs replay exactly.
 */
class AgentThreadsTest {
    private static final String SAMPLES = "io.github.mpgrade.samples.threads.";
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
    void startedThreadsRunAsTasksAndMainGoesOnOnlyAfterBothJoins() {
        for (long seed = 0; seed < 4; seed++) {
            Run run = harness.run(Program.main(SAMPLES + "StartJoin"), Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.events());
            assertEquals("done, b alive: false", run.lines().get(2), run.lines().toString());
            assertEquals(List.of("Thread-0", "Thread-1"), run.eventsOf(TraceEvent.ThreadStart.class).stream()
                    .map(TraceEvent.ThreadStart::thread).toList());
            assertEquals(2, run.eventsOf(TraceEvent.ThreadEnd.class).size());
            assertEquals(2, run.eventsOf(TraceEvent.ThreadJoin.class).size());
            for (TraceEvent.ThreadJoin join : run.eventsOf(TraceEvent.ThreadJoin.class)) {
                long ended = run.eventsOf(TraceEvent.ThreadEnd.class).stream()
                        .filter(e -> e.task().threadName().equals(join.thread())).findFirst().orElseThrow().seq();
                assertTrue(ended < join.seq(), "joined " + join.thread() + " before it ended");
            }
        }
    }

    @Test
    void symmetricSynchronizedPhilosophersDeadlockOnMonitorsWithHoldersWaitersAndLines() {
        Program program = Program.main(SAMPLES + "SynchronizedPhilosophers").args(3);
        DeadlockReport deadlock = null;
        for (long seed = 0; seed < 20 && deadlock == null; seed++) {
            deadlock = harness.run(program, Strategy.randomWalk(), seed).deadlock().orElse(null);
        }
        assertTrue(deadlock != null, "no schedule of 20 deadlocked");
        String text = deadlock.text();
        assertEquals(3, deadlock.cycle().size(), text);
        for (DeadlockReport.Wait wait : deadlock.cycle()) {
            assertTrue(wait.waitsFor().startsWith("synchronized (Fork@"), text);
            assertEquals(1, wait.holds().size(), text);
            assertTrue(wait.holds().get(0).startsWith("synchronized (Fork@"), text);
            assertEquals(1, wait.heldBy().size(), text);
            assertTrue(wait.codeLine() != null && wait.codeLine().contains("SynchronizedPhilosophers.java:"), text);
        }
        assertTrue(text.contains("waits for thread Thread-"), "main's join of a philosopher: " + text);
    }

    @Test
    void waitNotifyPingPongAlternatesExactlyUnderEverySchedule() {
        for (long seed = 0; seed < 6; seed++) {
            Run run = harness.run(Program.main(SAMPLES + "WaitNotifyPingPong").args(4), Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.deadlock().map(DeadlockReport::text));
            assertEquals(List.of("ping 0", "pong 0", "ping 1", "pong 1", "ping 2", "pong 2", "ping 3", "pong 3"),
                    run.lines(), "seed " + seed);
        }
    }

    @Test
    void aThreadBombStopsAtTheTaskLimitWithItsSentence_alsoWhenItsThreadsSleepForEver() {
        for (String bomb : List.of("ThreadBomb", "SleepingThreadBomb")) {
            Run run = harness.run(Program.main(SAMPLES + bomb), Strategy.randomWalk(), 0);
            assertTrue(run.hang().isEmpty(), () -> bomb + " stopped by the clock: " + run.hang());
            String refusal = run.eventsOf(TraceEvent.ErrorOutput.class).stream().map(TraceEvent.ErrorOutput::line)
                    .filter(line -> line.startsWith("cannot start thread")).findFirst()
                    .orElseThrow(() -> new AssertionError(bomb + ": no refusal in " + run.events()));
            assertTrue(refusal.contains("the most allowed (mpgrade.maxProcesses)"), refusal);
            assertEquals(31, run.eventsOf(TraceEvent.ThreadStart.class).size(), refusal);
        }
    }

    @Test
    void systemExitInAThreadEndsTheProcessWithItsStatus() {
        Run run = harness.run(Program.main(SAMPLES + "ExitInThread"), Strategy.randomWalk(), 0);
        assertEquals(List.of("quitting"), run.lines());
        assertEquals(3, run.exits().get(0).exitCode(), run.exits().toString());
    }

    @Test
    void aThreadProgramWithoutJoinReplaysExactlyAndSomeScheduleShowsItsBug() {
        Program program = Program.main(SAMPLES + "HelloWithoutJoin");
        boolean printedEarly = false;
        for (long seed = 0; seed < 8; seed++) {
            Run first = harness.run(program, Strategy.randomWalk(), seed);
            for (int again = 0; again < 2; again++) {
                assertEquals(first.signature(), harness.run(program, Strategy.randomWalk(), seed).signature(),
                        "seed " + seed);
            }
            long counterPrinted = first.outputs().stream().filter(o -> o.line().startsWith("counter is"))
                    .findFirst().orElseThrow().seq();
            printedEarly |= first.eventsOf(TraceEvent.ThreadEnd.class).stream()
                    .filter(end -> end.seq() < counterPrinted).count() < 2;
        }
        assertTrue(printedEarly, "no schedule printed the counter before both threads had added to it");
    }

    @Test
    void anInterruptEndsAWaitAndASleep_whichOnTheVirtualClockMayAlsoEndFirst() {
        boolean sleepInterrupted = false;
        for (long seed = 0; seed < 6; seed++) {
            Run run = harness.run(Program.main(SAMPLES + "Interrupts"), Strategy.randomWalk(), seed);
            assertTrue(run.completed(), () -> "seed " + run.seed() + ": " + run.deadlock().map(DeadlockReport::text));
            List<String> lines = run.lines();
            assertEquals(3, lines.size(), lines.toString());
            assertEquals("both ended", lines.get(2), lines.toString());
            assertTrue(lines.contains("wait interrupted, holds the monitor true"), lines.toString());
            assertTrue(lines.contains("sleep interrupted, flag false") || lines.contains("slept to the end"),
                    lines.toString());
            sleepInterrupted |= lines.contains("sleep interrupted, flag false");
        }
        assertTrue(sleepInterrupted, "no schedule interrupted the sleep");
    }
}
