package io.github.mpgrade.harness.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A portfolio's seed alone makes its schedule: which strategy, and every choice it makes. Judged
 * on a simulated program (no JVM): four tasks, each taking five steps on one lock, every task
 * with steps left enabled, as a coordinator would offer them.
 */
class PortfolioTest {
    private static final int TASKS = 4;
    private static final int STEPS_EACH = 5;
    private final Portfolio portfolio = Strategy.portfolio();

    @Test
    void theSchedulesTakeTheStrategiesInAFixedRotation_randomWalkFirst() {
        List<String> names = IntStream.range(0, 2 * Portfolio.rotation())
                .mapToObj(n -> portfolio.name(Portfolio.seed(n, 40))).toList();
        List<String> rotation = List.of("portfolio: random walk", "portfolio: PCT d=1", "portfolio: PCT d=2",
                "portfolio: PCT d=3", "portfolio: POS", "portfolio: bounded exhaustive (2 deviations)");
        List<String> twice = new ArrayList<>(rotation);
        twice.addAll(rotation);
        assertEquals(twice, names);
    }

    @Test
    void aSeedMakesTheSameChoicesEveryTime_andEveryStrategyOfTheRotationMakesItsOwn() {
        Set<List<String>> distinct = new HashSet<>();
        for (int n = 0; n < 3 * Portfolio.rotation(); n++) {
            long seed = Portfolio.seed(n, TASKS * STEPS_EACH);
            List<String> first = simulate(portfolio.scheduler(seed));
            assertEquals(first, simulate(portfolio.scheduler(seed)), portfolio.name(seed) + ", seed " + seed);
            distinct.add(first);
        }
        assertEquals(3 * Portfolio.rotation(), distinct.size(), "every schedule of the rotation is another one");
    }

    @Test
    void theSeedCarriesTheStepsLearntFromTheFirstSchedule_soPctPlacesItsChangePointsFromTheSeedAlone() {
        long fewSteps = Portfolio.seed(2, 2);
        long manySteps = Portfolio.seed(2, 20);
        assertEquals(portfolio.name(fewSteps), portfolio.name(manySteps));
        assertNotEquals(fewSteps, manySteps);
        assertEquals(simulate(portfolio.scheduler(manySteps)), simulate(Strategy.portfolio().scheduler(manySteps)));
    }

    @Test
    void anyLongIsASeed_asAStudentMayTypeOne() {
        for (long seed : new long[] {-1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 0xFFFF_FFFFL + 5}) {
            assertEquals(TASKS * STEPS_EACH, simulate(portfolio.scheduler(seed)).size(), portfolio.name(seed));
        }
    }

    @Test
    void theBoundedSearchNamesEveryScheduleWithAtMostTwoDeviations_thenStartsOver() {
        int horizon = TASKS * STEPS_EACH;
        long schedules = BoundedDeviations.schedules(horizon);
        Set<List<String>> named = new HashSet<>();
        for (long n = 0; n < schedules; n++) {
            named.add(simulate(new BoundedDeviations(n, horizon)));
        }
        assertEquals(withinDeviations(new int[] {STEPS_EACH, STEPS_EACH, STEPS_EACH, STEPS_EACH}, -1, 2,
                new ArrayList<>()), named);
        assertEquals(simulate(new BoundedDeviations(0, horizon)), simulate(new BoundedDeviations(schedules, horizon)));
        assertEquals(List.of("T0", "T0", "T0", "T0", "T0", "T1", "T1", "T1", "T1", "T1"),
                simulate(new BoundedDeviations(0, horizon)).subList(0, 10), "the default lets a task go on");
    }

    /** Every schedule of the simulated program that leaves the default at most {@code deviations} times, by brute force. */
    private static Set<List<String>> withinDeviations(int[] left, int last, int deviations, List<String> prefix) {
        List<Integer> enabled = IntStream.range(0, left.length).filter(t -> left[t] > 0).boxed().toList();
        if (enabled.isEmpty()) {
            return Set.of(List.copyOf(prefix));
        }
        int byDefault = last >= 0 && left[last] > 0 ? last : enabled.get(0);
        Set<List<String>> all = new HashSet<>();
        for (int task : enabled) {
            int cost = task == byDefault ? 0 : 1;
            if (cost <= deviations) {
                left[task]--;
                prefix.add("T" + task);
                all.addAll(withinDeviations(left, task, deviations - cost, prefix));
                prefix.remove(prefix.size() - 1);
                left[task]++;
            }
        }
        return all;
    }

    /** Every task acquires one lock, "L", at each of its steps. */
    private static List<String> simulate(Scheduler scheduler) {
        return simulate(scheduler, List.of("L", "L", "L", "L"));
    }

    /** Task i takes its steps on lock {@code locks.get(i)}; returns the task chosen at each step. */
    private static List<String> simulate(Scheduler scheduler, List<String> locks) {
        int[] left = new int[locks.size()];
        java.util.Arrays.fill(left, STEPS_EACH);
        List<String> decisions = new ArrayList<>();
        for (int step = 0; ; step++) {
            List<Choice> enabled = new ArrayList<>();
            for (int t = 0; t < locks.size(); t++) {
                if (left[t] > 0) {
                    enabled.add(new Choice("T" + t, Choice.Operation.ACQUIRE, locks.get(t), List.of(), 0, true));
                }
            }
            if (enabled.isEmpty()) {
                return decisions;
            }
            Choice chosen = scheduler.pick(enabled, step);
            decisions.add(chosen.task());
            left[Integer.parseInt(chosen.task().substring(1))]--;
        }
    }
}
