package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A pool of worker processes, like Python's {@code multiprocessing.Pool}: worker processes that
 * take tasks from one queue and put each call's results on that call's own queue. Each task is one
 * serializable lambda, run in a worker; its result (or the exception it threw, rethrown here as
 * itself) comes back by serialization. Not serializable, and not AutoCloseable: end it with
 * {@link #close()} or {@link #terminate()}, then {@link #join()}.
 */
public final class Pool {
    /** A task for {@link #apply}: the lambda holds the call and its arguments, e.g. {@code () -> square(5)}. */
    @FunctionalInterface
    public interface Task<R> extends Supplier<R>, Serializable {
    }

    /** A function for the map family, applied to each item in a worker. */
    @FunctionalInterface
    public interface Mapper<T, R> extends Function<T, R>, Serializable {
    }

    private enum State { RUNNING, CLOSED, TERMINATED }

    /** Numbers the workers of every pool this process makes, so no two share a name in a report. */
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final Queue<PoolJob> tasks = new Queue<>(ObjectKind.POOL_TASKS);
    private final List<Process> workers = new ArrayList<>();
    private final List<PoolResults> calls = new ArrayList<>();
    private volatile State state = State.RUNNING;

    /** A pool of {@code processes} daemonic worker processes, started now. */
    public Pool(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("a Pool needs at least 1 process, not " + processes);
        }
        Queue<PoolJob> work = tasks;
        for (int i = 0; i < processes; i++) {
            Process worker = new Process("PoolWorker-" + WORKERS.incrementAndGet(), () -> PoolJob.work(work));
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** A pool of one worker per processor. */
    public Pool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code task} in a worker, waits for it and returns its result (or throws its exception). */
    public <R> R apply(Task<R> task) {
        return applyAsync(task).get();
    }

    /** Submits {@code task} and returns at once. */
    public <R> AsyncResult<R> applyAsync(Task<R> task) {
        Objects.requireNonNull(task, "task");
        Mapper<Object, Object> call = ignored -> task.get();
        PoolResults results = submit(call, Collections.singletonList(null), 1);
        return new AsyncResult<>(results, outcomes -> {
            @SuppressWarnings("unchecked")
            R value = (R) PoolResults.unwrap(outcomes.get(0));
            return value;
        });
    }

    /** Applies {@code fn} to every item in the workers; the results in item order. */
    public <T, R> List<R> map(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return this.<T, R>mapAsync(fn, items).get();
    }

    public <T, R> List<R> map(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items, int chunksize) {
        return this.<T, R>mapAsync(fn, items, chunksize).get();
    }

    /** Like {@link #map}, but returns at once. */
    public <T, R> AsyncResult<List<R>> mapAsync(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items) {
        List<Object> all = list(items);
        int chunksize = (all.size() + workers.size() * 4 - 1) / (workers.size() * 4); // Python's default
        return mapChunked(fn, all, Math.max(1, chunksize));
    }

    public <T, R> AsyncResult<List<R>> mapAsync(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items,
                                                int chunksize) {
        return mapChunked(fn, list(items), checked(chunksize));
    }

    private <R> AsyncResult<List<R>> mapChunked(Mapper<?, ? extends R> fn, List<Object> items, int chunksize) {
        PoolResults results = submit(fn, items, chunksize);
        return new AsyncResult<>(results, outcomes -> {
            List<R> values = new ArrayList<>(outcomes.size());
            for (PoolJob.Outcome outcome : outcomes) {
                @SuppressWarnings("unchecked")
                R value = (R) PoolResults.unwrap(outcome);
                values.add(value);
            }
            return Collections.unmodifiableList(values);
        });
    }

    /** Results lazily, in item order, as they complete; {@code next()} throws an item's task exception. */
    public <T, R> Iterator<R> imap(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return imap(fn, items, 1);
    }

    public <T, R> Iterator<R> imap(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items, int chunksize) {
        return new PoolIterator<>(submit(fn, list(items), checked(chunksize)), true);
    }

    /** Like {@link #imap}, but in the order the tasks complete. */
    public <T, R> Iterator<R> imapUnordered(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return imapUnordered(fn, items, 1);
    }

    public <T, R> Iterator<R> imapUnordered(Mapper<? super T, ? extends R> fn, Iterable<? extends T> items,
                                            int chunksize) {
        return new PoolIterator<>(submit(fn, list(items), checked(chunksize)), false);
    }

    @SuppressWarnings("unchecked")
    private PoolResults submit(Mapper<?, ?> fn, List<Object> items, int chunksize) {
        Objects.requireNonNull(fn, "fn");
        if (state != State.RUNNING) {
            throw new IllegalStateException("the pool is " + state.name().toLowerCase()
                    + ": it takes no new tasks after close() or terminate()");
        }
        int chunks = (items.size() + chunksize - 1) / chunksize;
        PoolResults results = new PoolResults(chunks);
        List<PoolJob> jobs = new ArrayList<>(chunks);
        for (int chunk = 0; chunk < chunks; chunk++) {
            List<Object> part = new ArrayList<>(items.subList(chunk * chunksize,
                    Math.min(items.size(), (chunk + 1) * chunksize)));
            jobs.add(new PoolJob((Mapper<Object, Object>) fn, part, chunk, results.queue()));
        }
        for (PoolJob job : jobs) {
            tasks.put(job, job.shown());
        }
        synchronized (calls) {
            calls.add(results);
        }
        return results;
    }

    private static List<Object> list(Iterable<?> items) {
        List<Object> all = new ArrayList<>();
        Objects.requireNonNull(items, "items").forEach(all::add);
        return all;
    }

    private static int checked(int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be at least 1, not " + chunksize);
        }
        return chunksize;
    }

    /** Accepts no new tasks; the workers exit once the tasks already submitted are done. Returns at once. */
    public void close() {
        if (state == State.RUNNING) {
            state = State.CLOSED;
            for (int i = 0; i < workers.size(); i++) {
                PoolJob stop = PoolJob.stop();
                tasks.put(stop, stop.shown());
            }
        }
    }

    /** Stops the workers now, without finishing their tasks; waiting results throw CancellationException. */
    public void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        state = State.TERMINATED;
        for (Process worker : workers) {
            if (worker.isAlive()) {
                worker.terminate();
            }
        }
        synchronized (calls) {
            for (PoolResults results : calls) {
                results.cancel();
            }
        }
    }

    /** Waits for every worker to exit; call {@link #close()} or {@link #terminate()} first. */
    public void join() {
        if (state == State.RUNNING) {
            throw new IllegalStateException("call close() or terminate() before join(): the pool's workers"
                    + " wait for more tasks until then");
        }
        for (Process worker : workers) {
            worker.join();
        }
    }

    @Override
    public String toString() {
        return "<Pool processes=" + workers.size() + " " + state.name().toLowerCase() + ">";
    }

    /** The result of an asynchronous pool call, like Python's {@code AsyncResult}. Not serializable. */
    public static final class AsyncResult<R> {
        private final PoolResults results;
        private final Function<List<PoolJob.Outcome>, R> combine;

        AsyncResult(PoolResults results, Function<List<PoolJob.Outcome>, R> combine) {
            this.results = results;
            this.combine = combine;
        }

        /** Waits for the result and returns it, or throws the task's exception (again on every call). */
        public R get() {
            results.awaitAll(Timeouts.FOREVER);
            return value();
        }

        /**
         * Like {@link #get()}, waiting at most {@code timeout}.
         *
         * @throws TimeoutException if the result is not ready in time (a later get may succeed)
         */
        public R get(Duration timeout) {
            if (!results.awaitAll(Timeouts.millis(timeout))) {
                throw new TimeoutException("the pool task's result was not ready within " + timeout.toMillis() + " ms");
            }
            return value();
        }

        private R value() {
            List<PoolJob.Outcome> all = new ArrayList<>();
            for (int chunk = 0; chunk < results.chunks(); chunk++) {
                all.addAll(results.chunk(chunk));
            }
            return combine.apply(all);
        }

        /** Waits until the result is ready. */
        public void await() {
            results.awaitAll(Timeouts.FOREVER);
        }

        /** Waits at most {@code timeout}; returns whether the result is ready. */
        public boolean await(Duration timeout) {
            return results.awaitAll(Timeouts.millis(timeout));
        }

        /** Whether the task has finished (never waits). */
        public boolean isReady() {
            return results.awaitAll(0);
        }

        /**
         * Whether the task finished without an exception.
         *
         * @throws IllegalStateException if it is not ready yet
         */
        public boolean isSuccessful() {
            if (!isReady()) {
                throw new IllegalStateException("the result is not ready yet: call isSuccessful() after it is");
            }
            try {
                value();
                return true;
            } catch (RuntimeException | Error e) {
                return false;
            }
        }
    }

    /** A new process of a reused JVM numbers its pools' workers from 1 again, as a fresh JVM does. */
    static void forgetWorkers() {
        WORKERS.set(0);
    }
}
