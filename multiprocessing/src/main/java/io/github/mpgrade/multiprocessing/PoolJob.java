package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk of a {@link Pool} call, as a worker takes it from the pool's task queue: the function,
 * the items it is applied to, and where the outcomes go. A job without a function tells the
 * worker to exit (the pool was closed).
 */
record PoolJob(Pool.Mapper<Object, Object> fn, List<Object> items, int chunk, Queue<PoolJob.Done> results)
        implements Serializable {

    /** What one item gave: a value, or the exception the function threw. */
    record Outcome(Object value, Throwable failure) implements Serializable {
    }

    /** The outcomes of one chunk, in item order; {@code cancelled} when the pool was terminated first. */
    record Done(int chunk, List<Outcome> outcomes, boolean cancelled) implements Serializable {
    }

    static PoolJob stop() {
        return new PoolJob(null, List.of(), -1, null);
    }

    boolean isStop() {
        return fn == null;
    }

    /** What a worker process runs: jobs from {@code tasks} until it takes a stop. */
    static void work(Queue<PoolJob> tasks) {
        for (PoolJob job = tasks.get(); !job.isStop(); job = tasks.get()) {
            job.run();
        }
    }

    private void run() {
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (Object item : items) {
            try {
                outcomes.add(new Outcome(fn.apply(item), null));
            } catch (RuntimeException | Error e) {
                outcomes.add(new Outcome(null, e));
            }
        }
        try {
            results.put(new Done(chunk, outcomes, false));
        } catch (IllegalArgumentException unserializable) {
            results.put(new Done(chunk, outcomes.stream().map(PoolJob::sendable).toList(), false));
        }
    }

    /** Python's MaybeEncodingError: a result or exception that cannot travel back becomes an exception that says so. */
    private static Outcome sendable(Outcome outcome) {
        Object shipped = outcome.failure() != null ? outcome.failure() : outcome.value();
        try {
            Payloads.toBytes(shipped, "the task's result");
            return outcome;
        } catch (IllegalArgumentException e) {
            String what = outcome.failure() != null ? "the exception it threw" : "its result";
            return new Outcome(null, new IllegalArgumentException("a pool task ended, but " + what + ", a "
                    + shipped.getClass().getName() + ", cannot be sent back to the caller: " + e.getMessage()));
        }
    }
}
