package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Exploration;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.schedule.ExhaustiveSearch;
import io.github.mpgrade.harness.schedule.Strategy;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/** One way to look for a program's bug: schedules one after another until one shows it or the budget ends. */
public interface Search {
    String name();

    /**
     * @param expectedSteps how many scheduling decisions a run of the program takes (PCT draws its
     *                      change points among them)
     */
    Outcome firstBug(Harness harness, Program program, int expectedSteps, Predicate<Run> bug, Budget budget);

    /** When a search that began at {@code start} (nanos) starts no new schedule. */
    private static long deadline(long start, Budget budget) {
        return budget.time().map(time -> start + time.toNanos()).orElse(Long.MAX_VALUE);
    }

    /** Seeds 0, 1, 2, ... of a strategy, which may depend on the program's length in steps. */
    static Search seeds(String name, IntFunction<Strategy> strategyForSteps) {
        return new Search() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome firstBug(Harness harness, Program program, int expectedSteps, Predicate<Run> bug,
                                    Budget budget) {
                Strategy strategy = strategyForSteps.apply(expectedSteps);
                long start = System.nanoTime();
                long deadline = deadline(start, budget);
                for (int seed = 0; seed < budget.schedules(); seed++) {
                    if (System.nanoTime() > deadline) {
                        return new Outcome(Outcome.End.TIME, seed, System.nanoTime() - start);
                    }
                    if (bug.test(harness.run(program, strategy, seed))) {
                        return new Outcome(Outcome.End.FOUND, seed + 1, System.nanoTime() - start);
                    }
                }
                return new Outcome(Outcome.End.BUDGET, budget.schedules(), System.nanoTime() - start);
            }
        };
    }

    /**
     * The harness's default exploration, as the assignment's checks use it: the portfolio's
     * rotation (random walk, PCT d=1–3, POS, bounded deviations), its schedule 0 measuring the
     * program's length itself.
     */
    static Search portfolio() {
        return new Search() {
            @Override
            public String name() {
                return "portfolio";
            }

            @Override
            public Outcome firstBug(Harness harness, Program program, int expectedSteps, Predicate<Run> bug,
                                    Budget budget) {
                Exploration.Result result = harness.explore(program, budget, bug);
                Outcome.End end = result.witness().isPresent() ? Outcome.End.FOUND
                        : result.schedules() < budget.schedules() ? Outcome.End.TIME : Outcome.End.BUDGET;
                return new Outcome(end, result.schedules(), result.elapsed().toNanos());
            }
        };
    }

    /** The harness's depth-first search of every schedule with at most {@code preemptions} preemptions. */
    static Search exhaustive(int preemptions) {
        return new Search() {
            @Override
            public String name() {
                return "exhaustive <=" + preemptions + "p";
            }

            @Override
            public Outcome firstBug(Harness harness, Program program, int expectedSteps, Predicate<Run> bug,
                                    Budget budget) {
                long start = System.nanoTime();
                long deadline = deadline(start, budget);
                int[] judged = {0};
                try {
                    ExhaustiveSearch.Result result = ExhaustiveSearch.explore(harness, program, preemptions,
                            budget.schedules(), run -> {
                                judged[0]++;
                                if (bug.test(run)) {
                                    return true;
                                }
                                if (System.nanoTime() > deadline) {
                                    throw new OutOfTime();
                                }
                                return false;
                            });
                    Outcome.End end = result.failure().isPresent() ? Outcome.End.FOUND
                            : result.complete() ? Outcome.End.EXHAUSTED : Outcome.End.BUDGET;
                    return new Outcome(end, result.runs(), System.nanoTime() - start);
                } catch (OutOfTime e) {
                    return new Outcome(Outcome.End.TIME, judged[0], System.nanoTime() - start);
                }
            }
        };
    }

    /** Ends an exhaustive search, which has a budget of runs but none of time, from inside its judge. */
    final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super(null, null, false, false);
        }
    }
}
