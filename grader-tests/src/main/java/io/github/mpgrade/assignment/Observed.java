package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.Witness;
import io.github.mpgrade.harness.junit.Verdicts;
import io.github.mpgrade.harness.schedule.Strategy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    private Observed(Harness harness, List<Run> runs, Function<Run, Optional<String>> missingWork) {
        this.harness = harness;
        this.runs = List.copyOf(runs);
        this.missingWork = missingWork;
    }

    /**
     * Runs every schedule; {@code -Dmpgrade.seed=N} makes every schedule use seed N, to replay a
     * failure. {@code missingWork} says what part of the exercise's work a run does not show (a
     * philosopher that never ate, a greeting never printed), so that a program that does nothing
     * does not pass the checks that judge how it does it.
     */
    static Observed run(Harness harness, Function<Run, Optional<String>> missingWork, Schedule... schedules) {
        String replayed = System.getProperty(Harness.SEED_PROPERTY, "").trim();
        List<Run> runs = new ArrayList<>();
        for (Schedule s : schedules) {
            long seed = replayed.isEmpty() ? s.seed() : Long.parseLong(replayed);
            runs.add(harness.run(s.program(), s.strategy(), seed));
        }
        return new Observed(harness, runs, missingWork);
    }

    Harness harness() {
        return harness;
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
            fail(first, "Could not check " + checkName + ". " + missing
                    + (first.completed() ? "" : Messages.whyUnfinished(first)));
        }
        return judged;
    }

    /**
     * Fails the check on this run's witness, once it replays (else the check is aborted and keeps
     * its points). A run is replayed once, however many checks it fails.
     */
    void fail(Run run, String message) {
        Verdicts.fail(witnesses.computeIfAbsent(run, r -> harness.confirm(r, Verdicts.REPLAYS)), message);
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
