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
    record Outcome(Object value, Throwable failure) {
    }

    /**
     * The outcomes of one chunk, in item order, as two arrays (serializing arrays is several times
     * cheaper than a record per item); {@code cancelled} when the pool was terminated first.
     */
    record Done(int chunk, Object[] values, Throwable[] failures, boolean cancelled) implements Serializable {
        static Done of(int chunk, List<Outcome> outcomes) {
            Object[] values = new Object[outcomes.size()];
            Throwable[] failures = new Throwable[outcomes.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = outcomes.get(i).value();
                failures[i] = outcomes.get(i).failure();
            }
            return new Done(chunk, values, failures, false);
        }

        static Done cancelledCall() {
            return new Done(-1, new Object[0], new Throwable[0], true);
        }

        List<Outcome> outcomes() {
            List<Outcome> outcomes = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                outcomes.add(new Outcome(values[i], failures[i]));
            }
            return outcomes;
        }

        /** The event log's text: which chunk, not its contents (which may be long and costly to show). */
        String shown() {
            return cancelled ? "cancelled" : "results of chunk " + chunk + " (" + values.length + " items)";
        }
    }

    /** The event log's text: which chunk, not the function and items. */
    String shown() {
        return isStop() ? "stop" : "chunk " + chunk + " (" + items.size() + " items)";
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
            send(Done.of(chunk, outcomes));
        } catch (IllegalArgumentException unserializable) {
            send(Done.of(chunk, outcomes.stream().map(PoolJob::sendable).toList()));
        }
    }

    private void send(Done done) {
        results.put(done, done.shown());
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
