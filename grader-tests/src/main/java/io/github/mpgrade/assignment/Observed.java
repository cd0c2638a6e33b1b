package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Exploration;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.Witness;
import io.github.mpgrade.harness.junit.Verdicts;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The runs a class of checks judges: each program under each of its schedules, made once and
 * judged by every check of the class. A failure costs points only once its run replays.
 */
final class Observed {
    /** One schedule to observe: a program, a strategy, and the seed it uses unless a student replays another. */
    record Schedule(Program program, Strategy strategy, long seed) {
    }

    private final Harness harness;
    private final List<Run> runs;
    private final Function<Run, Optional<String>> missingWork;
    /** The replays of each failing run: made once, judged by every check it fails. */
    private final Map<Run, List<Run>> replays = new IdentityHashMap<>();
    private final Map<Run, String> reportShownIn = new IdentityHashMap<>();

    private Observed(Harness harness, List<Run> runs, Function<Run, Optional<String>> missingWork) {
        this.harness = harness;
        this.runs = List.copyOf(runs);
        this.missingWork = missingWork;
    }

    /**
     * Runs every schedule; a harness that replays a seed (a student's {@code mvn grade
     * -Dmpgrade.seed=N}) makes every schedule use it. {@code missingWork} says what part of the
     * exercise's work a run does not show (a philosopher that never ate, a greeting never printed),
     * so that a program that does nothing does not pass the checks that judge how it does it.
     */
    static Observed run(Harness harness, Function<Run, Optional<String>> missingWork, Schedule... schedules) {
        List<Run> runs = new ArrayList<>();
        for (Schedule s : schedules) {
            runs.add(harness.run(s.program(), s.strategy(), harness.replaySeed().orElse(s.seed())));
        }
        return new Observed(harness, runs, missingWork);
    }

    /**
     * Explores more schedules of a program after the fixed ones, until the budget's count (the
     * fixed ones included) or a run that is {@code unsafe}: that run joins the observed runs, so
     * every check judges it like the others and one that fails on it rests on its replays, with its
     * seed. A harness that replays a seed explores only that seed's schedule.
     *
     * @param unsafe whether a run breaks a property that must hold under every schedule. Only a
     *               deadlock or a run that ended on its own should count: a livelock or a step limit
     *               may come from a schedule that starves a task, which no operating system does
     */
    Observed explore(Program program, Budget budget, Predicate<Run> unsafe) {
        int more = budget.schedules() - runs.size();
        if (more < 1) {
            return this;
        }
        Exploration.Result explored = harness.explore(program, new Budget(more, budget.time()), unsafe);
        return explored.witness().map(witness -> {
            List<Run> judged = new ArrayList<>(runs);
            judged.add(witness);
            return new Observed(harness, judged, missingWork);
        }).orElse(this);
    }

    /** Looks for a run of the program, under seeds 0..count-1 of the strategy, that {@code fails}. */
    Optional<Run> search(Program program, Strategy strategy, int count, Predicate<Run> fails) {
        return harness.findFailure(program, strategy, 0, count, fails);
    }

    List<Run> all() {
        return runs;
    }

    /** Why a check has nothing to judge in a run: the work it does not show, and how it ended. */
    private record NothingToJudge(Optional<String> missingWork, Ending ending) {
    }

    /** The runs that ended on their own; if none did, the check fails on the first and says why. */
    List<Run> completed(String checkName) {
        return judged(checkName, Run::completed);
    }

    /**
     * The runs that show the exercise's work being done, for checks of how it is done. If none
     * does, the check fails on the first run and says what is missing: there is nothing to judge.
     */
    List<Run> showingWork(String checkName) {
        return judged(checkName, r -> missingWork.apply(r).isEmpty());
    }

    /** The runs that show the work and ended on their own (a deadlocked run's output is cut short). */
    List<Run> completedShowingWork(String checkName) {
        return judged(checkName, r -> r.completed() && missingWork.apply(r).isEmpty());
    }

    private List<Run> judged(String checkName, Predicate<Run> judgeable) {
        List<Run> judged = runs.stream().filter(judgeable).toList();
        if (judged.isEmpty()) {
            Run first = runs.get(0);
            String missing = missingWork.apply(first).map(m -> "There is nothing to judge yet in " + Messages.program(first)
                    + ": " + m + ". ").orElse("");
            fail(first, r -> judgeable.test(r) ? Optional.empty()
                            : Optional.of(new NothingToJudge(missingWork.apply(r), Ending.of(r))),
                    "Could not check " + checkName + ". " + missing + (first.completed() ? "" : unfinished(first, checkName)));
        }
        return judged;
    }

    /**
     * Fails the check on this run once its replays fail it for the same reason (else the check is
     * aborted and keeps its points). A run is replayed once, however many checks it fails.
     *
     * @param verdict the check's reason to fail a run, computed from the run (empty: it passes)
     */
    <V> void fail(Run run, Function<Run, Optional<V>> verdict, String message) {
        Verdicts.fail(judge(run, verdict), message);
    }

    /** The run as a witness of this verdict: confirmed if its replays give the same one. */
    private <V> Witness judge(Run run, Function<Run, Optional<V>> verdict) {
        List<Run> again = replays.computeIfAbsent(run, failing -> harness.replays(failing, Verdicts.REPLAYS));
        return Witness.judge(run, again, verdict);
    }

    /**
     * Why a run did not end: the whole report the first time, then a pointer to it, so that the
     * feedback shows one deadlock once and not under every check it spoils.
     */
    private String unfinished(Run run, String checkName) {
        String shownIn = reportShownIn.putIfAbsent(run, checkName);
        return shownIn == null ? Messages.whyUnfinished(run)
                : Messages.briefWhyUnfinished(run) + " (the feedback on " + shownIn + " shows the report).";
    }

    /** A problem found in a run, and the step where it shows (the report highlights it on the run's timeline). */
    record Problem(String message, TraceEvent step) {
    }

    /**
     * Fails on the first problem found in the given runs, in their order, at the step where it
     * shows; the problem's message is its verdict.
     */
    void failOnFirstAt(List<Run> judged, Function<Run, Optional<Problem>> problem) {
        for (Run run : judged) {
            Optional<Problem> found = problem.apply(run);
            if (found.isPresent()) {
                Verdicts.fail(judge(run, r -> problem.apply(r).map(Problem::message)), found.get().message(),
                        found.get().step());
            }
        }
    }

    /**
     * Fails on the first problem found in the given runs, in their order; the problem, as the check
     * describes it from a run, is its verdict.
     */
    void failOnFirst(List<Run> judged, Function<Run, Optional<String>> problem) {
        for (Run run : judged) {
            Optional<String> found = problem.apply(run);
            if (found.isPresent()) {
                fail(run, problem, found.get());
            }
        }
    }
}
