package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Partial-order sampling (POS, Yuan, Yang and Gu, CAV 2018): every pending operation gets a random
 * priority when it first shows, the highest-priority enabled one runs, and each pending operation
 * that races with the one just run gets a new random priority. Operations on different objects
 * keep their priorities, so orders of independent operations, which make the same run, are not
 * sampled again and again at the cost of the orders that matter (random walk's weakness).
 *
 * <p>A task has one pending operation at a time: the one it last showed, until it runs. Two
 * operations race when they concern the same object and not both only read it.
 */
final class Pos implements Scheduler {
    private final Random random;
    /** By task, sorted, so the draws come in the same order on every run of a seed. */
    private final Map<String, Double> priority = new TreeMap<>();
    private final Map<String, Choice> pending = new TreeMap<>();

    Pos(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        Choice best = null;
        for (Choice c : enabled) {
            pending.put(c.task(), c);
            double p = priority.computeIfAbsent(c.task(), task -> random.nextDouble());
            if (best == null || p > priority.get(best.task())) {
                best = c;
            }
        }
        priority.remove(best.task()); // the task's next operation is a new one
        pending.remove(best.task());
        for (Map.Entry<String, Choice> other : pending.entrySet()) {
            if (races(best, other.getValue())) {
                priority.put(other.getKey(), random.nextDouble());
            }
        }
        return best;
    }

    private static boolean races(Choice ran, Choice other) {
        return ran.object() != null && ran.object().equals(other.object()) && !(reads(ran) && reads(other));
    }

    private static boolean reads(Choice c) {
        return c.operation() == Choice.Operation.VALUE_GET || c.operation() == Choice.Operation.COUNT;
    }
}
