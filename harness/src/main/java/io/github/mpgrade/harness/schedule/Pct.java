package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * PCT: every task gets a random high priority when it first appears; the highest-priority
 * enabled task runs; at {@code depth - 1} random steps the task about to run drops below all
 * others. Finds any bug of depth {@code d} with probability at least 1/(n·k^(d−1)).
 */
final class Pct implements Scheduler {
    private final Random random;
    private final Map<String, Integer> priority = new HashMap<>();
    private final Set<Integer> changePoints = new HashSet<>();
    private int lowest;

    Pct(long seed, int depth, int expectedSteps) {
        this.random = new Random(seed);
        for (int i = 1; i < depth; i++) {
            changePoints.add(1 + random.nextInt(Math.max(1, expectedSteps)));
        }
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        for (Choice c : enabled) {
            priority.computeIfAbsent(c.task(), t -> 1_000 + random.nextInt(1_000_000));
        }
        Choice best = enabled.get(0);
        for (Choice c : enabled) {
            if (priority.get(c.task()) > priority.get(best.task())) {
                best = c;
            }
        }
        if (changePoints.remove(step)) {
            priority.put(best.task(), --lowest);
            return pick(enabled, -1);
        }
        return best;
    }
}
