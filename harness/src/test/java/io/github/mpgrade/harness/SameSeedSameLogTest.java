package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seed is a schedule: running a program again with the same strategy and seed makes the same
 * decisions and the same event log, even on a loaded machine, so a failing run replays and its
 * witness is confirmed. The stress test runs {@value #DEFAULT_SEEDS} seeds {@value #DEFAULT_RUNS}
 * times each; {@code -Dmpgrade.stress.seeds=8 -Dmpgrade.stress.runs=8} makes the heavier search
 * for a manual run (192 runs: 5 to 12 minutes on two busy cores).
 */
class SameSeedSameLogTest {
    private static final String TOKEN_RING = "io.github.mpgrade.harness.programs.TokenRing";
    private static final String SHARED_ARRAY = "io.github.mpgrade.harness.programs.SharedArray";
    private static final String PRINTS_IDENTITIES = "io.github.mpgrade.harness.programs.PrintsIdentities";
    private static final String REORDER = "io.github.mpgrade.samples.threads.Reorder";
    private static final String THREAD_PHILOSOPHERS = "io.github.mpgrade.harness.programs.ThreadPhilosophers";
    private static final String SYNCHRONIZED_PHILOSOPHERS = "io.github.mpgrade.samples.threads.SynchronizedPhilosophers";
    private static final int DEFAULT_SEEDS = 2;
    private static final int DEFAULT_RUNS = 2;
    private static final int SEEDS = Integer.getInteger("mpgrade.stress.seeds", DEFAULT_SEEDS);
    private static final int RUNS = Integer.getInteger("mpgrade.stress.runs", DEFAULT_RUNS);
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    /** Rings whose members are processes (each a JVM that starts while others run) or threads; and SCTBench's reorder. */
    static Stream<Arguments> ringsAndStrategies() {
        return Stream.of(
                Arguments.of(Program.main(TOKEN_RING).args("queues", "3", "2"), Strategy.pct(3, 60)),
                Arguments.of(Program.main(TOKEN_RING).args("locks", "3", "2"), Strategy.randomWalk()),
                Arguments.of(Program.main(TOKEN_RING).args("threads", "3", "2"), Strategy.randomWalk()),
                // Threads that meet first at a monitor one of them is making, then join threads that end.
                Arguments.of(Program.main(REORDER).args("8"), Strategy.portfolio()));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("ringsAndStrategies")
    void everyRunOfASeedMakesTheSameDecisionsAndTheSameLog_whileEveryCoreIsBusy(Program program, Strategy strategy) {
        List<String> differences = new ArrayList<>();
        try (CpuLoad load = CpuLoad.onEveryCore()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Run first = harness.run(program, strategy, seed);
                assertTrue(first.completed(), () -> "seed " + first.seed() + " did not complete: " + first.hang()
                        .or(() -> first.deadlock().map(DeadlockReport::text)).orElse("step limit"));
                for (int number = 2; number <= RUNS; number++) {
                    Run run = harness.run(program, strategy, seed);
                    String which = "seed " + seed + ", run " + number + ": ";
                    firstDifference("decisions", first.decisions(), run.decisions())
                            .or(() -> firstDifference("logs", first.signature(), run.signature()))
                            .ifPresent(difference -> differences.add(which + difference));
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void aRunThatSharesAnIntArrayLogsItByContent_soItReplaysWithTheSameLogAndIsConfirmedAsAWitness() {
        Run run = harness.run(Program.main(SHARED_ARRAY), Strategy.randomWalk(), 0);
        List<String> sets = run.eventsOf(TraceEvent.ValueSet.class).stream().map(TraceEvent.ValueSet::shown).toList();
        assertEquals("[0, 0]", sets.get(0));
        assertEquals("[1, 1]", sets.get(sets.size() - 1));
        assertEquals(run.signature(), harness.replay(run).signature());
        Witness witness = harness.confirm(run, 2, r -> Optional.of(r.eventsOf(TraceEvent.ValueSet.class).stream()
                .map(TraceEvent.ValueSet::shown).toList()));
        assertTrue(witness.confirmed(), witness.note());
        assertEquals(Optional.empty(), witness.uncontrolled(), "the replays gave the very same log");
    }

    @Test
    void aDeadlockIsReportedTheSameWayInEveryRunOfItsSeed_itsCycleFromTheFirstTaskByName() {
        Program program = Program.main(THREAD_PHILOSOPHERS).args("symmetric", "4", "1");
        DeadlockReport report = harness.run(program, Strategy.directed(), 0).deadlock()
                .orElseThrow(() -> new AssertionError("no deadlock"));
        assertEquals(List.of("Thread-0", "Thread-1", "Thread-2", "Thread-3"),
                report.cycle().stream().map(wait -> wait.task().threadName()).toList(), report.text());
        assertEquals(report.text(), harness.run(program, Strategy.directed(), 0).deadlock()
                .map(DeadlockReport::text).orElse("no deadlock"));
    }

    /** The grader's own witness: thread philosophers deadlocked on their forks' monitors, replayed on busy cores. */
    @Test
    void aDeadlockOnMonitorsReplaysAsADeadlockEveryTime_whileEveryCoreIsBusy() {
        Run deadlocked = harness.run(Program.main(SYNCHRONIZED_PHILOSOPHERS).args("4"), Strategy.directed(), 0);
        assertTrue(deadlocked.deadlock().isPresent(), "the directed schedule deadlocks");
        try (CpuLoad load = CpuLoad.onEveryCore()) {
            Witness witness = harness.confirm(deadlocked, 2 * RUNS, r -> r.deadlock().map(DeadlockReport::text));
            assertTrue(witness.confirmed(), witness.note());
            assertEquals(Optional.empty(), witness.uncontrolled());
        }
    }

    @Test
    void aWitnessIsReplayedFirstInJvmsThatRanNoProcessBefore() {
        Set<Long> used = new HashSet<>();
        Run run = null;
        for (long seed = 0; seed < 3; seed++) {
            run = harness.run(Program.main(TOKEN_RING).args("locks", "3", "1"), Strategy.randomWalk(), seed);
            used.addAll(pids(run));
        }
        List<Run> replays = harness.replays(run, 2);
        assertEquals(2, replays.size());
        List<Long> first = pids(replays.get(0));
        assertTrue(first.stream().noneMatch(used::contains), "replay 1 ran in " + first + ", used before: " + used);
        assertEquals(run.signature(), replays.get(0).signature());
    }

    private static List<Long> pids(Run run) {
        return run.eventsOf(TraceEvent.ProcessStart.class).stream().map(TraceEvent.ProcessStart::pid).toList();
    }

    @Test
    void aReplayThatCannotTakeItsScheduleIsMadeAgain_andNeverConfirmsAWitness() {
        Run run = harness.run(Program.main(SHARED_ARRAY), Strategy.randomWalk(), 0);
        assertEquals(2, harness.replays(run, 2).size(), "replays that take the schedule are made once each");
        List<String> impossible = new ArrayList<>(run.decisions());
        impossible.set(1, "MainProcess/nobody");
        Run forged = new Run(run.program(), run.strategy(), run.seed(), run.events(), impossible, run.exitCode(),
                run.deadlock(), run.hang(), run.livelock(), run.stepLimited(), run.startFailure(), run.millis());
        List<Run> replays = harness.replays(forged, 2);
        assertEquals(2 + Harness.SPARE_REPLAYS, replays.size(), "each replay left the schedule and was made again");
        Witness witness = Witness.judge(forged, replays, r -> Optional.of("any verdict"));
        assertFalse(witness.confirmed());
        assertTrue(witness.note().startsWith("could not be replayed: replay 1 left the schedule: at step 2 the schedule"
                + " names MainProcess/nobody"), witness.note());
    }

    @Test
    void aRunThatPrintsPidsIdentityHashesAndLambdasReplaysWithTheSameSignature() {
        Run run = harness.run(Program.main(PRINTS_IDENTITIES), Strategy.randomWalk(), 0);
        Run again = harness.replay(run);
        assertNotEquals(run.lines(), again.lines(), "the lines name pids and identity hashes");
        assertEquals(run.signature(), again.signature());
    }

    /** Where two lists first differ, and how. */
    private static Optional<String> firstDifference(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(the end)";
            String a = i < actual.size() ? actual.get(i) : "(the end)";
            if (!e.equals(a)) {
                return Optional.of(what + " differ at " + i + ": the first run has " + e + ", this one " + a);
            }
        }
        return Optional.empty();
    }
}
