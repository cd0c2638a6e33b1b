package io.github.mpgrade.assignment;

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
    private final Map<Run, Witness> witnesses = new IdentityHashMap<>();
    private final Map<Run, Strategy> strategies = new IdentityHashMap<>();
    private final Map<Run, String> reportShownIn = new IdentityHashMap<>();

    private Observed(Harness harness, List<Run> runs, Function<Run, Optional<String>> missingWork) {
        this.harness = harness;
        this.runs = List.copyOf(runs);
        this.missingWork = missingWork;
    }

    /** How many times a failing run's schedule is made afresh when its replays did not match it. */
    private static final int FRESH_ATTEMPTS = 2;

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
        Observed observed = new Observed(harness, runs, missingWork);
        for (int i = 0; i < runs.size(); i++) {
            observed.strategies.put(runs.get(i), schedules[i].strategy());
        }
        return observed;
    }

    /** Looks for a run of the program, under seeds 0..count-1 of the strategy, that {@code fails}. */
    Optional<Run> search(Program program, Strategy strategy, int count, Predicate<Run> fails) {
        Optional<Run> found = harness.findFailure(program, strategy, 0, count, fails);
        found.ifPresent(run -> strategies.put(run, strategy));
        return found;
    }

    List<Run> all() {
        return runs;
    }

    /** The runs that ended on their own; if none did, the check fails on the first and says why. */
    List<Run> completed(String checkName) {
        return judged(checkName, runs.stream().filter(Run::completed).toList());
    }

    /**
     * The runs that show the exercise's work being done, for checks of how it is done. If none
     * does, the check fails on the first run and says what is missing: there is nothing to judge.
     */
    List<Run> showingWork(String checkName) {
        return judged(checkName, runs.stream().filter(r -> missingWork.apply(r).isEmpty()).toList());
    }

    /** The runs that show the work and ended on their own (a deadlocked run's output is cut short). */
    List<Run> completedShowingWork(String checkName) {
        return judged(checkName, runs.stream().filter(r -> r.completed() && missingWork.apply(r).isEmpty()).toList());
    }

    private List<Run> judged(String checkName, List<Run> judged) {
        if (judged.isEmpty()) {
            Run first = runs.get(0);
            String missing = missingWork.apply(first).map(m -> "There is nothing to judge yet in " + Messages.program(first)
                    + ": " + m + ". ").orElse("");
            fail(first, "Could not check " + checkName + ". " + missing + (first.completed() ? "" : unfinished(first, checkName)));
        }
        return judged;
    }

    /**
     * Fails the check on this run's witness, once it replays (else the check is aborted and keeps
     * its points). A run is replayed once, however many checks it fails.
     */
    void fail(Run run, String message) {
        Verdicts.fail(witnesses.computeIfAbsent(run, this::witness), message);
    }

    /**
     * Replays the failing run. If a replay strayed (a JVM starved of CPU can make the run itself
     * the odd one), the seed's schedule is made afresh: a fresh run with the very same event log
     * that then replays is as good a witness.
     */
    private Witness witness(Run failing) {
        Witness witness = harness.confirm(failing, Verdicts.REPLAYS);
        for (int i = 0; i < FRESH_ATTEMPTS && !witness.confirmed(); i++) {
            Run fresh = harness.run(failing.program(), strategies.get(failing), failing.seed());
            if (fresh.signature().equals(failing.signature())) {
                witness = harness.confirm(fresh, Verdicts.REPLAYS);
            }
        }
        return witness;
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

    /** Fails on the first problem found in the given runs, in their order, at the step where it shows. */
    void failOnFirstAt(List<Run> judged, Function<Run, Optional<Problem>> problem) {
        for (Run run : judged) {
            Optional<Problem> found = problem.apply(run);
            if (found.isPresent()) {
                Verdicts.fail(witnesses.computeIfAbsent(run, this::witness), found.get().message(), found.get().step());
            }
        }
    }

    /** Fails on the first problem found in the given runs, in their order. */
    void failOnFirst(List<Run> judged, Function<Run, Optional<String>> problem) {
        for (Run run : judged) {
            Optional<String> found = problem.apply(run);
            if (found.isPresent()) {
                fail(run, found.get());
            }
        }
    }
}
