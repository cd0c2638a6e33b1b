package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;
import java.util.Random;

/**
 * Lets processes begin in an adversarial order: with seed 0 the most recently started process
 * begins first; with other seeds a random waiting process does, and one process (drawn from the
 * seed) is held back at its start while anything else can run. Random elsewhere.
 */
final class StartOrder implements Scheduler {
    private final Random random;
    private final long seed;
    private final int heldBack;

    StartOrder(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.heldBack = 1 + random.nextInt(4);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        List<Choice> begins = enabled.stream().filter(c -> c.operation() == Choice.Operation.BEGIN).toList();
        if (!begins.isEmpty()) {
            if (seed == 0) {
                return begins.get(begins.size() - 1);
            }
            List<Choice> others = enabled.stream().filter(c -> !isHeldBack(c)).toList();
            if (!others.isEmpty() && others.size() < enabled.size()) {
                return others.get(random.nextInt(others.size()));
            }
            return begins.get(random.nextInt(begins.size()));
        }
        return enabled.get(random.nextInt(enabled.size()));
    }

    private boolean isHeldBack(Choice c) {
        return c.operation() == Choice.Operation.BEGIN && c.task().startsWith("Process-" + heldBack + "/");
    }
}
