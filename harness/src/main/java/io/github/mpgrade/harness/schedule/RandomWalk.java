package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;
import java.util.Random;

/** Picks uniformly at random among the enabled operations. */
final class RandomWalk implements Scheduler {
    private final Random random;

    RandomWalk(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        return enabled.get(random.nextInt(enabled.size()));
    }
}
