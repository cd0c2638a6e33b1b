package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Scheduler;

/**
 * A rotation of strategies, one per schedule, so a search that does not know which kind of bug a
 * program has spends its schedules on every kind: schedule 0 is a random walk (and tells how many
 * steps the program takes), then PCT of depth 1, 2 and 3 with that many expected steps, POS, one
 * schedule of a bounded exhaustive search ({@link BoundedDeviations}), a random walk again, and so on.
 *
 * <p>A portfolio seed holds the schedule's number in its low 32 bits and the steps learnt from
 * schedule 0 above them, so the seed alone makes the schedule again, in any run of the harness:
 * {@link #seed(int, int)} makes one. Any other long is a seed too (a student's replayed seed).
 */
public final class Portfolio implements Strategy {
    private static final long NUMBER_BITS = 0xFFFF_FFFFL;

    /** The strategies in the order the schedules take them. */
    private enum Slot {
        RANDOM_WALK("random walk"), PCT_1("PCT d=1"), PCT_2("PCT d=2"), PCT_3("PCT d=3"), POS("POS"),
        BOUNDED("bounded exhaustive (2 deviations)");

        private final String label;

        Slot(String label) {
            this.label = label;
        }
    }

    private static final Slot[] ROTATION = Slot.values();

    /** How many strategies take turns: schedule {@code n} uses the same one as {@code n + rotation()}. */
    public static int rotation() {
        return ROTATION.length;
    }

    /**
     * The seed of schedule {@code number} of a program whose schedule 0 took {@code steps} steps.
     * Schedule 0's seed is 0 whatever the steps, since a random walk needs none.
     */
    public static long seed(int number, int steps) {
        if (number < 0 || steps < 0) {
            throw new IllegalArgumentException("a schedule's number and steps are not negative: " + number + ", " + steps);
        }
        return number == 0 ? 0 : (long) steps << 32 | number;
    }

    @Override
    public String name() {
        return "portfolio";
    }

    /** The name of the strategy that makes this seed's schedule, as a run records it. */
    public String name(long seed) {
        return "portfolio: " + slot(seed).label;
    }

    @Override
    public Scheduler scheduler(long seed) {
        int steps = (int) (seed >>> 32 & Integer.MAX_VALUE);
        return switch (slot(seed)) {
            case RANDOM_WALK -> new RandomWalk(seed);
            case PCT_1 -> new Pct(seed, 1, steps);
            case PCT_2 -> new Pct(seed, 2, steps);
            case PCT_3 -> new Pct(seed, 3, steps);
            case POS -> new Pos(seed);
            case BOUNDED -> new BoundedDeviations(number(seed) / ROTATION.length, steps);
        };
    }

    private static Slot slot(long seed) {
        return ROTATION[(int) (number(seed) % ROTATION.length)];
    }

    private static long number(long seed) {
        return seed & NUMBER_BITS;
    }

    @Override
    public String toString() {
        return name();
    }
}
