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
    private final Map<Run, Witness> witnesses = new IdentityHashMap<>();

    private Observed(Harness harness, List<Run> runs) {
        this.harness = harness;
        this.runs = List.copyOf(runs);
    }

    /** Runs every schedule; {@code -Dmpgrade.seed=N} makes every schedule use seed N, to replay a failure. */
    static Observed run(Harness harness, Schedule... schedules) {
        String replayed = System.getProperty(Harness.SEED_PROPERTY, "").trim();
        List<Run> runs = new ArrayList<>();
        for (Schedule s : schedules) {
            long seed = replayed.isEmpty() ? s.seed() : Long.parseLong(replayed);
            runs.add(harness.run(s.program(), s.strategy(), seed));
        }
        return new Observed(harness, runs);
    }

    Harness harness() {
        return harness;
    }

    List<Run> all() {
        return runs;
    }

    /**
     * The runs that ended on their own. A check of what a program prints cannot judge a run that
     * deadlocked or hung, so if none ended, the check fails on the first and says why.
     */
    List<Run> completed(String checkName) {
        List<Run> completed = runs.stream().filter(Run::completed).toList();
        if (completed.isEmpty()) {
            Run first = runs.get(0);
            fail(first, "Could not check " + checkName + ": no run of your program ended normally. "
                    + Messages.whyUnfinished(first));
        }
        return completed;
    }

    /**
     * Fails the check on this run's witness, once it replays (else the check is aborted and keeps
     * its points). A run is replayed once, however many checks it fails.
     */
    void fail(Run run, String message) {
        Verdicts.fail(witnesses.computeIfAbsent(run, r -> harness.confirm(r, Verdicts.REPLAYS)), message);
    }

    /** Fails on the first problem found in the given runs, in their order. */
    void failOnFirst(List<Run> judged, java.util.function.Function<Run, Optional<String>> problem) {
        for (Run run : judged) {
            Optional<String> found = problem.apply(run);
            if (found.isPresent()) {
                fail(run, found.get());
            }
        }
    }
}
