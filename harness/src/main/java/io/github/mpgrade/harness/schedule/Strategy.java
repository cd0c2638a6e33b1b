package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.multiprocessing.coordinator.Scheduler;

/**
 * A family of schedules: for each seed, a fresh {@link Scheduler} whose every choice comes from
 * that seed, so the seed alone replays the run.
 */
public interface Strategy {
    String name();

    Scheduler scheduler(long seed);

    /** Uniformly random among the enabled operations at every step. */
    static Strategy randomWalk() {
        return named("random walk", RandomWalk::new);
    }

    /**
     * Probabilistic concurrency testing (Burckhardt et al.): random task priorities and
     * {@code depth - 1} random points where the running task drops to the lowest priority.
     */
    static Strategy pct(int depth, int expectedSteps) {
        return named("PCT d=" + depth, seed -> new Pct(seed, depth, expectedSteps));
    }

    /**
     * DeadlockFuzzer's way to make a lock-order cycle happen: delay every acquire by a task that
     * already holds something while any other operation can run; random otherwise.
     */
    static Strategy directed() {
        return named("directed", Directed::new);
    }

    /**
     * Adversarial start orders: processes begin in an order drawn from the seed (seed 0: the last
     * started begins first), and one process is held back as long as others can run.
     */
    static Strategy startOrders() {
        return named("start orders", StartOrder::new);
    }

    /**
     * Partial-order sampling (Yuan et al., CAV 2018): random priorities per operation, drawn again
     * for the operations that race with the one just run.
     */
    static Strategy pos() {
        return named("POS", Pos::new);
    }

    /**
     * A rotation of random walk, PCT of depth 1–3, POS and a bounded exhaustive search, one per
     * schedule; see {@link Portfolio} for its seeds.
     */
    static Portfolio portfolio() {
        return new Portfolio();
    }

    private static Strategy named(String name, java.util.function.LongFunction<Scheduler> factory) {
        return new Strategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Scheduler scheduler(long seed) {
                return factory.apply(seed);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
