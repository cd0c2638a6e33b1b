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
 * its witness, at the budget's count of schedules or at its time, whichever comes first. A harness
 * that replays a seed runs only that seed's schedule.
 *
 * <p>The witness is a run like any other: its seed makes it again, and {@link Harness#confirm}
 * replays it before it may count.
 */
public final class Exploration {
    private final Portfolio portfolio = Strategy.portfolio();
    private final Harness harness;

    Exploration(Harness harness) {
        this.harness = harness;
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
        int schedules = 1;
        while (schedules < budget.schedules() && !timeUp(budget, start)) {
            Run run = run(program, Portfolio.seed(schedules, steps));
            schedules++;
            if (fails.test(run)) {
                return result(schedules, Optional.of(run), start);
            }
        }
        return result(schedules, Optional.empty(), start);
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
