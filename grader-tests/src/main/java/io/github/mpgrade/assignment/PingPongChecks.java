package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.HappensBefore;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.Feedback;
import io.github.mpgrade.harness.junit.Points;
import io.github.mpgrade.harness.junit.SubmissionBudget;
import io.github.mpgrade.harness.junit.SubmissionHarness;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §2.3, {@code PingPong}: 3, 4 and the default 5 rounds, with pong started first, at
 * random, and with one process held back as long as the other can run — the orders an operating
 * system may choose; then more schedules of 3 rounds, as many as the budget allows, for lines out of
 * turn or a deadlock.
 */
@Exercise("pingpong")
@Order(4)
@ExtendWith({SubmissionHarness.class, SubmissionBudget.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one set of runs per grading, however many gradings share this JVM
@DisplayName("Ping-pong")
class PingPongChecks {
    private static final String MAIN_LINE = "in main process: 10";
    private Observed observed;

    @BeforeAll
    void observe(Harness harness, Budget budget) {
        observed = Observed.run(harness, PingPongChecks::missingRallies,
                new Observed.Schedule(Program.main("lab.pingpong.PingPong").args(3), Strategy.startOrders(), 0),
                new Observed.Schedule(Program.main("lab.pingpong.PingPong").args(4), Strategy.randomWalk(), 1),
                new Observed.Schedule(Program.main("lab.pingpong.PingPong"), Strategy.startOrders(), 1))
                .explore(Program.main("lab.pingpong.PingPong").args(3), budget, PingPongChecks::unsafe);
    }

    @Test
    @Order(1)
    @Points(4)
    @DisplayName("ping and pong run in processes of their own")
    void pingAndPongRunInProcessesOfTheirOwn() {
        observed.failOnFirst(observed.completedShowingWork("ping's and pong's processes"), run -> {
            String pinger = null;
            String ponger = null;
            for (TraceEvent.Output line : rallies(run)) {
                String process = line.task().processName();
                if (process.equals("MainProcess")) {
                    return Optional.of(Messages.line(line) + " was printed by your main process. Run ping and pong "
                            + "each in a Process of its own (new Process(() -> ping(...)), start(), join()).");
                }
                boolean ping = line.line().startsWith("ping ");
                String earlier = ping ? pinger : ponger;
                if (earlier != null && !earlier.equals(process)) {
                    return Optional.of((ping ? "ping" : "pong") + "'s lines came from two processes (" + earlier
                            + " and " + process + "); each player is one process that plays all its rounds.");
                }
                if (ping) {
                    pinger = process;
                } else {
                    ponger = process;
                }
            }
            if (pinger != null && pinger.equals(ponger)) {
                return Optional.of("ping and pong printed from the same process (" + pinger + "); each needs its own.");
            }
            return Optional.empty();
        });
    }

    @Test
    @Order(2)
    @Points(12)
    @DisplayName("the lines alternate ping, pong, ... under every schedule")
    void theLinesAlternateUnderEverySchedule() {
        for (Run run : observed.all()) {
            if (!run.completed()) {
                observed.fail(run, Ending::unfinished, Messages.program(run) + " did not finish. " + Messages.whyUnfinished(run)
                        + "\nWhat it printed:\n" + Messages.numbered(run.lines(), 20));
            }
        }
        observed.failOnFirstAt(observed.all(), run -> {
            if (alternates(run)) {
                return Optional.empty();
            }
            List<TraceEvent.Output> printed = rallies(run);
            List<String> rallies = printed.stream().map(TraceEvent.Output::line).toList();
            List<String> expected = expectedRallies(rounds(run));
            int wrong = Feedback.firstDifference(expected, rallies);
            String where = wrong < printed.size() && printed.get(wrong).site() != null
                    ? "That line was printed at " + printed.get(wrong).site() + ".\n" : "";
            // A line missing at the end shows where the last one was printed.
            TraceEvent step = wrong < printed.size() ? printed.get(wrong) : run.events().get(run.events().size() - 1);
            return Optional.of(new Observed.Problem(Messages.program(run) + " (" + rounds(run) + " rounds) should print "
                    + "ping and pong in strict turns, ping first, each printing its own counter from 10; the "
                    + Feedback.firstWrongLine(expected, rallies) + where
                    + "Each player acquires its own lock, prints, and releases the other's lock; main takes omut "
                    + "before starting them, so ping goes first.", step));
        });
    }

    @Test
    @Order(3)
    @Points(5)
    @DisplayName("the alternation is enforced by the locks, not by luck")
    void theAlternationIsEnforcedNotLucky() {
        observed.failOnFirstAt(observed.completedShowingWork("the order of the lines"), run -> {
            HappensBefore order = HappensBefore.of(run.events());
            List<TraceEvent.Output> rallies = rallies(run);
            for (int i = 1; i < rallies.size(); i++) {
                TraceEvent.Output before = rallies.get(i - 1);
                TraceEvent.Output after = rallies.get(i);
                if (!before.task().equals(after.task()) && !order.ordered(before, after)) {
                    return Optional.of(new Observed.Problem(Messages.program(run) + ": " + Messages.line(after)
                            + " came after " + Messages.line(before) + " in this run, but nothing in your program made "
                            + "it wait: under another schedule it could be printed first. A player may print only "
                            + "after acquiring its own lock, which the other player releases after printing (not "
                            + "before, and not a Time.sleep).", after));
                }
            }
            return Optional.empty();
        });
    }

    @Test
    @Order(4)
    @Points(2)
    @DisplayName("main prints in main process: 10 last")
    void mainPrintsItsOwnCounterLast() {
        observed.failOnFirst(observed.completedShowingWork("main's line"), run -> {
            List<TraceEvent.Output> outputs = run.outputs();
            TraceEvent.Output last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
            if (last == null || !last.line().equals(MAIN_LINE)) {
                return Optional.of(Messages.program(run) + ": the last line should be \"" + MAIN_LINE + "\" (main's "
                        + "own counter, which the players' processes never change), but it was "
                        + (last == null ? "nothing" : "\"" + last.line() + "\"") + ".\n" + Messages.numbered(run.lines(), 20));
            }
            return Causality.printedBeforeItByLuck(run, last).map(early -> Messages.program(run) + ": \"" + MAIN_LINE
                    + "\" came last, but only by luck: nothing made main wait for " + Messages.line(early) + ". Join both "
                    + "players before printing it.");
        });
    }

    @Test
    @Order(5)
    @Points(2)
    @DisplayName("both players exit with 0")
    void bothPlayersExitWithZero() {
        observed.failOnFirst(observed.completedShowingWork("the exit codes"), run -> {
            String bad = Messages.badExits(run);
            return bad.isEmpty() ? Optional.empty() : Optional.of(Messages.program(run)
                    + ": not every process ended normally (exit code 0):\n" + bad
                    + "A Lock may be released by a process that did not acquire it; an RLock may not.");
        });
    }

    /** Whether the players printed their rounds in strict turns, ping first, each counting from 10. */
    private static boolean alternates(Run run) {
        return rallies(run).stream().map(TraceEvent.Output::line).toList().equals(expectedRallies(rounds(run)));
    }

    /** A run that deadlocked, or ended with its lines out of turn: under every schedule neither may happen. */
    private static boolean unsafe(Run run) {
        return run.deadlock().isPresent() || run.completed() && !alternates(run);
    }

    /** A run in which a player never printed shows nothing to judge. */
    private static Optional<String> missingRallies(Run run) {
        List<TraceEvent.Output> rallies = rallies(run);
        for (String player : List.of("ping", "pong")) {
            if (rallies.stream().noneMatch(line -> line.line().startsWith(player + " "))) {
                return Optional.of(player + " printed no line");
            }
        }
        return Optional.empty();
    }

    /** The players' lines, in order. */
    private static List<TraceEvent.Output> rallies(Run run) {
        return run.outputs().stream().filter(o -> o.line().startsWith("ping ") || o.line().startsWith("pong ")).toList();
    }

    private static int rounds(Run run) {
        return run.program().args().isEmpty() ? 5 : Integer.parseInt(run.program().args().get(0));
    }

    private static List<String> expectedRallies(int rounds) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            lines.add("ping " + (10 + i));
            lines.add("pong " + (10 + i));
        }
        return lines;
    }
}
