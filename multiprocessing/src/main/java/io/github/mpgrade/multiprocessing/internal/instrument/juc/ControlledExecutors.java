package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link java.util.concurrent.Executors} factories a program uses, with pools whose workers
 * block only on controlled primitives (the agent makes {@code Executors.newFixedThreadPool(4)}
 * a call of this class). Workers are named as Java names them, {@code pool-1-thread-1}.
 */
public final class ControlledExecutors {
    /** Numbers the pools of this JVM from 1, as Java's default thread factory does. */
    private static final AtomicInteger POOLS = new AtomicInteger();

    private ControlledExecutors() {
    }

    /** A new process of a reused JVM numbers its pools from 1 again, as a fresh JVM does. */
    public static void forgetPools() {
        POOLS.set(0);
    }

    /** At most {@code threads} workers, each kept until shutdown; the other tasks wait in the queue. */
    public static ExecutorService newFixedThreadPool(int threads) {
        return ControlledExecutorService.fixed(threads, POOLS.incrementAndGet());
    }

    /** A worker per task unless one is idle; a worker idle for 60 seconds ends. */
    public static ExecutorService newCachedThreadPool() {
        return ControlledExecutorService.cached(POOLS.incrementAndGet());
    }

    /** One worker: the tasks run one after the other, in the order they were given. */
    public static ExecutorService newSingleThreadExecutor() {
        return ControlledExecutorService.fixed(1, POOLS.incrementAndGet());
    }
}
