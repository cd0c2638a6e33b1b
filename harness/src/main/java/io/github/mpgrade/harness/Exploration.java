package io.github.mpgrade.harness;

import io.github.mpgrade.harness.schedule.Portfolio;
import io.github.mpgrade.harness.schedule.Strategy;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A search for a schedule under which a program fails, spread over the strategies of a
 * {@link Portfolio}: schedule 0 (a random walk) tells how many steps the program takes, and the
 * schedules after it use that for PCT and the bounded search. It stops at the first failing run,
 * its witness, at the budget's count of schedules or at its time, whichever comes first. After
 * schedule 0 it makes as many runs at once as its harness may, and the witness is the first
 * failing schedule in their numbering, as if they ran one after another. A harness that replays a
 * seed runs only that seed's schedule.
 *
 * <p>The witness is a run like any other: its seed makes it again, and {@link Harness#confirm}
 * replays it before it may count.
 */
public final class Exploration {
    private final Portfolio portfolio = Strategy.portfolio();
    private final Harness harness;
    private final OrderedSearch search;

    Exploration(Harness harness, OrderedSearch search) {
        this.harness = harness;
        this.search = search;
    }

    /**
     * @param schedules how many schedules ran
     * @param witness   the first run that failed, if one did
     * @param elapsed   the wall time of the search
     */
    public record Result(int schedules, Optional<Run> witness, Duration elapsed) {
        /** The strategy whose schedule failed, as the run records it. */
        public Optional<String> foundBy() {
            return witness.map(Run::strategy);
        }
    }

    Result explore(Program program, Budget budget, Predicate<Run> fails) {
        long start = System.nanoTime();
        if (harness.replaySeed().isPresent()) {
            Run run = run(program, harness.replaySeed().getAsLong());
            return result(1, fails.test(run) ? Optional.of(run) : Optional.empty(), start);
        }
        Run first = run(program, Portfolio.seed(0, 0));
        if (fails.test(first)) {
            return result(1, Optional.of(first), start);
        }
        int steps = first.decisions().size();
        OrderedSearch.Found<Run> found = search.first(1, budget.schedules(), n -> run(program, Portfolio.seed(n, steps)),
                fails, () -> timeUp(budget, start));
        return result(1 + found.schedules(), found.witness(), start);
    }

    private Run run(Program program, long seed) {
        return harness.execute(program, portfolio.name(seed), seed, portfolio.scheduler(seed));
    }

    private static boolean timeUp(Budget budget, long start) {
        return budget.time().map(t -> System.nanoTime() - start >= t.toNanos()).orElse(false);
    }

    private static Result result(int schedules, Optional<Run> witness, long start) {
        return new Result(schedules, witness, Duration.ofNanos(System.nanoTime() - start));
    }
}
