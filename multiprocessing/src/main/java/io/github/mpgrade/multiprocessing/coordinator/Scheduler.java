package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/**
 * The policy of a controlled run: which of the enabled operations goes next. The coordinator
 * calls it only when every task of the program is parked at a library call (or has ended), with
 * the enabled operations sorted by task, so a policy that decides from its own seeded randomness
 * and these arguments makes the same run every time. Everything else — which operations are
 * enabled, deadlock, hangs, the record of decisions — is the coordinator's.
 */
@FunctionalInterface
public interface Scheduler {
    /**
     * @param enabled the operations that can run now, sorted by {@link Choice#task()}; never empty
     * @param step    how many decisions came before this one in the run
     * @return one of {@code enabled}
     */
    Choice pick(List<Choice> enabled, int step);
}
