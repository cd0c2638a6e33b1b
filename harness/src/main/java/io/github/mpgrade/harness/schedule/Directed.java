package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;
import java.util.Random;

/**
 * Holds back every blocking acquire by a task that already holds a lock or semaphore while any
 * other operation can run. Each task thus takes its first lock before anyone reaches for a
 * second: if the program's lock order has a cycle that nothing gates, every task of it ends up
 * holding one lock and waiting for the next (DeadlockFuzzer's second stage).
 */
final class Directed implements Scheduler {
    private final Random random;

    Directed(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        List<Choice> preferred = enabled.stream().filter(c -> !acquiresWhileHolding(c)).toList();
        List<Choice> from = preferred.isEmpty() ? enabled : preferred;
        return from.get(random.nextInt(from.size()));
    }

    private static boolean acquiresWhileHolding(Choice c) {
        return c.operation() == Choice.Operation.ACQUIRE && c.blocking() && !c.holds().isEmpty();
    }
}
