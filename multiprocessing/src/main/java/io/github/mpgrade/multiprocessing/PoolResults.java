package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The outcomes of one {@link Pool} call as they arrive on its own result queue, chunk by chunk.
 * Lives in the calling process only; each wait for a chunk is a get on that queue.
 */
final class PoolResults {
    private final Queue<PoolJob.Done> queue = new Queue<>(ObjectKind.POOL_RESULT);
    private final int chunks;
    private final Map<Integer, List<PoolJob.Outcome>> arrived = new HashMap<>();
    /** Chunk numbers in the order they arrived (for imapUnordered). */
    private final List<Integer> arrivalOrder = new ArrayList<>();
    private boolean cancelled;

    PoolResults(int chunks) {
        this.chunks = chunks;
    }

    Queue<PoolJob.Done> queue() {
        return queue;
    }

    int chunks() {
        return chunks;
    }

    /** Waits at most {@code millis} for one more chunk; false if none came. */
    synchronized boolean awaitOne(long millis) {
        if (isComplete()) {
            return true;
        }
        PoolJob.Done done = millis == Timeouts.FOREVER ? queue.get() : queue.get(Duration.ofMillis(millis));
        if (done == null) {
            return false;
        }
        if (done.cancelled()) {
            cancelled = true;
        } else {
            arrived.put(done.chunk(), done.outcomes());
            arrivalOrder.add(done.chunk());
        }
        return true;
    }

    /** Waits until every chunk arrived, at most {@code millis} ({@link Timeouts#FOREVER}: no limit); whether they did. */
    synchronized boolean awaitAll(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!isComplete()) {
            long left = millis == Timeouts.FOREVER ? millis : Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            if (!awaitOne(left)) {
                return false;
            }
        }
        return true;
    }

    synchronized boolean isComplete() {
        return cancelled || arrived.size() == chunks;
    }

    /** A chunk's outcomes if it arrived; throws if the pool was terminated first. */
    synchronized List<PoolJob.Outcome> chunk(int chunk) {
        if (cancelled && !arrived.containsKey(chunk)) {
            throw new CancellationException("the pool was terminated before this task ended");
        }
        return arrived.get(chunk);
    }

    /** The number of the chunk that arrived {@code n}-th, or -1 if fewer have. */
    synchronized int arrivedAt(int n) {
        return n < arrivalOrder.size() ? arrivalOrder.get(n) : -1;
    }

    /** Wakes whoever waits for this call's results: the pool was terminated. Not synchronized, as a waiter holds the monitor. */
    void cancel() {
        PoolJob.Done cancelled = PoolJob.Done.cancelledCall();
        queue.put(cancelled, cancelled.shown());
    }

    /** The outcome's value, or its exception rethrown as itself. */
    static Object unwrap(PoolJob.Outcome outcome) {
        Throwable failure = outcome.failure();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return outcome.value();
    }
}
