package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.List;

/**
 * One schedule of a bounded exhaustive search, named by its number: the default schedule lets the
 * task that ran last go on while it can (else the first enabled one runs), and schedule {@code n}
 * leaves that default at most twice within the first {@code horizon} steps (delay bounding, Emmi,
 * Qadeer and Rakamarić, POPL 2011: few deviations find most bugs). Number 0 is the default; then
 * every single deviation, then every pair, each a step and which of up to {@value #ALTERNATIVES}
 * other enabled operations to take there. The numbers past the last schedule start over.
 *
 * <p>So a search numbers its schedules without running them first, and a number alone makes its
 * schedule again. For a program of {@code h} steps with at most four enabled operations at a
 * time, numbers 0 to {@link #schedules(int)} cover every schedule within the bound.
 */
final class BoundedDeviations implements Scheduler {
    /** How many operations other than the default one a deviation can take. */
    static final int ALTERNATIVES = 3;
    /** More steps than a controlled run may take; it keeps the count of schedules within a long. */
    private static final int MAX_HORIZON = 1 << 20;

    /** The steps and choices of the deviations, ordered by step; at most two. */
    private final int[] steps;
    private final int[] alternatives;
    private String last;

    BoundedDeviations(long number, int horizon) {
        int h = bounded(horizon);
        long n = Math.floorMod(number, schedules(h));
        long singles = (long) h * ALTERNATIVES;
        if (n == 0) {
            steps = new int[0];
            alternatives = new int[0];
        } else if (n <= singles) {
            steps = new int[] {(int) ((n - 1) / ALTERNATIVES)};
            alternatives = new int[] {(int) ((n - 1) % ALTERNATIVES)};
        } else {
            long pairNumber = n - 1 - singles;
            long pair = pairNumber / (ALTERNATIVES * ALTERNATIVES);
            int second = 1;
            while ((long) second * (second + 1) / 2 <= pair) {
                second++;
            }
            int first = (int) (pair - (long) second * (second - 1) / 2);
            int choices = (int) (pairNumber % (ALTERNATIVES * ALTERNATIVES));
            steps = new int[] {first, second};
            alternatives = new int[] {choices / ALTERNATIVES, choices % ALTERNATIVES};
        }
    }

    /** How many schedules the bound allows within the first {@code horizon} steps. */
    static long schedules(int horizon) {
        long h = bounded(horizon);
        return 1 + h * ALTERNATIVES + h * (h - 1) / 2 * ALTERNATIVES * ALTERNATIVES;
    }

    private static int bounded(int horizon) {
        return Math.min(Math.max(1, horizon), MAX_HORIZON);
    }

    @Override
    public Choice pick(List<Choice> enabled, int step) {
        int byDefault = 0;
        for (int i = 0; i < enabled.size(); i++) {
            if (enabled.get(i).task().equals(last)) {
                byDefault = i;
            }
        }
        int index = byDefault;
        for (int d = 0; d < steps.length; d++) {
            if (steps[d] == step && enabled.size() > 1) {
                // the alternative-th operation after the default one, wrapping, never the default itself
                index = (byDefault + 1 + alternatives[d] % (enabled.size() - 1)) % enabled.size();
            }
        }
        Choice chosen = enabled.get(index);
        last = chosen.task();
        return chosen;
    }
}
