package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;

/**
 * Makes a recorded schedule again: at step i it picks the task recorded at step i. If that task
 * has nothing enabled there, the program did not behave the same way, and the replay has
 * {@linkplain #diverged() diverged}; it goes on with the first enabled operation.
 */
public final class Replay implements Scheduler {
    private final List<String> decisions;
    private volatile int divergedAt = -1;

    public Replay(List<String> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        if (step < decisions.size()) {
            for (Choice c : enabled) {
                if (c.task().equals(decisions.get(step))) {
                    return c;
                }
            }
        }
        if (divergedAt < 0) {
            divergedAt = step;
        }
        return enabled.get(0);
    }

    /** Whether the run left the recorded schedule (or went past its end). */
    public boolean diverged() {
        return divergedAt >= 0;
    }
}
