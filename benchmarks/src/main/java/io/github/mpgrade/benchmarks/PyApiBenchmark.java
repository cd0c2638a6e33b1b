package io.github.mpgrade.benchmarks;

import io.github.mpgrade.multiprocessing.Array;
import io.github.mpgrade.multiprocessing.Connection;
import io.github.mpgrade.multiprocessing.Event;
import io.github.mpgrade.multiprocessing.JoinableQueue;
import io.github.mpgrade.multiprocessing.Pipe;
import io.github.mpgrade.multiprocessing.Pool;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.RLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The classes beyond the assignment beside Python's: Pipe round trip, {@code Pool.map} of small
 * tasks with 2 workers, Array element increments under its lock, JoinableQueue producer to
 * consumer. Same counts on both sides, from system properties {@code bench.warmup},
 * {@code bench.pipeTrips}, {@code bench.poolTasks}, {@code bench.poolRepeats},
 * {@code bench.arrayIncrements} and {@code bench.queueItems}. Exits with status 1 if an Array
 * total is not exact.
 */
public final class PyApiBenchmark {
    private static final int ADDERS = 2;
    private static final int ARRAY_SIZE = 10;

    private PyApiBenchmark() {
    }

    record Counts(int warmup, int pipeTrips, int poolTasks, int poolRepeats, int arrayIncrements, int queueItems) {
        static Counts fromSystemProperties() {
            return new Counts(Integer.getInteger("bench.warmup", 2000), Integer.getInteger("bench.pipeTrips", 2000),
                    Integer.getInteger("bench.poolTasks", 1000), Integer.getInteger("bench.poolRepeats", 5),
                    Integer.getInteger("bench.arrayIncrements", 5000), Integer.getInteger("bench.queueItems", 2000));
        }

        List<String> asPythonArguments() {
            return List.of("--warmup", Integer.toString(warmup), "--pipe-trips", Integer.toString(pipeTrips),
                    "--pool-tasks", Integer.toString(poolTasks), "--pool-repeats", Integer.toString(poolRepeats),
                    "--array-increments", Integer.toString(arrayIncrements),
                    "--queue-items", Integer.toString(queueItems));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Counts counts = Counts.fromSystemProperties();
        RuntimeBenchmark.progress("Python multiprocessing");
        Map<String, Double> python = RuntimeBenchmark.runPython(
                System.getProperty("bench.pythonScript", "benchmarks/python/bench_pyapi.py"), counts.asPythonArguments());
        RuntimeBenchmark.progress("Pipe round trip");
        double pipeMicros = pipeRoundTripMicros(counts.warmup(), counts.pipeTrips());
        RuntimeBenchmark.progress("Pool.map");
        double poolMillis = poolMapMillis(counts.poolTasks(), counts.poolRepeats());
        RuntimeBenchmark.progress("Array increments");
        long[] array = arrayIncrements(counts.warmup(), counts.arrayIncrements());
        RuntimeBenchmark.progress("JoinableQueue throughput");
        double queueItems = joinableQueueItemsPerSecond(counts.warmup(), counts.queueItems());

        System.out.printf("mpgrade runtime (JDK %s) vs Python multiprocessing, %d CPUs, counts %s%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), counts);
        RuntimeBenchmark.Table table = new RuntimeBenchmark.Table();
        table.row("Pipe round trip, µs", pipeMicros, python.get("pipe_round_trip_us"), "lower");
        table.row("Pool.map of " + counts.poolTasks() + " tasks, 2 workers, ms", poolMillis,
                python.get("pool_map_ms"), "lower");
        table.row("Array increments/s under its lock, 2 procs", array[0], python.get("array_increments_per_s"),
                "higher");
        table.row("JoinableQueue items/s, put to task_done", queueItems, python.get("joinable_queue_items_per_s"),
                "higher");
        table.print();
        long pythonTotal = python.get("array_total").longValue();
        long pythonExpected = python.get("array_expected").longValue();
        System.out.printf("%nArray final totals: Java %d of %d, Python %d of %d%n", array[1], array[2], pythonTotal,
                pythonExpected);
        if (array[1] != array[2] || pythonTotal != pythonExpected) {
            System.out.println("FAILED: an Array total is not exact, so increments under getLock() were lost");
            System.exit(1);
        }
    }

    /** Microseconds from the parent's send to its recv of the child's echo. */
    static double pipeRoundTripMicros(int warmup, int trips) {
        Pipe<Integer> pipe = new Pipe<>();
        Connection<Integer> mine = pipe.first();
        Connection<Integer> theirs = pipe.second();
        Process child = new Process(() -> echo(theirs));
        child.start();
        for (int i = 0; i < warmup; i++) {
            mine.send(i);
            mine.recv();
        }
        long started = System.nanoTime();
        for (int i = 0; i < trips; i++) {
            mine.send(i);
            mine.recv();
        }
        long elapsedNanos = System.nanoTime() - started;
        mine.send(null);
        child.join();
        return elapsedNanos / (double) trips / 1e3;
    }

    static void echo(Connection<Integer> conn) {
        for (Integer message = conn.recv(); message != null; message = conn.recv()) {
            conn.send(message);
        }
    }

    static int square(int x) {
        return x * x;
    }

    /** Mean milliseconds of one {@code map} over small tasks, the pool of 2 already started and warmed. */
    static double poolMapMillis(int tasks, int repeats) {
        Pool pool = new Pool(2);
        List<Integer> items = IntStream.range(0, tasks).boxed().toList();
        pool.map(PyApiBenchmark::square, items);
        long started = System.nanoTime();
        List<Integer> result = List.of();
        for (int i = 0; i < repeats; i++) {
            result = pool.map(PyApiBenchmark::square, items);
        }
        long elapsedNanos = System.nanoTime() - started;
        pool.close();
        pool.join();
        if (!result.equals(items.stream().map(PyApiBenchmark::square).toList())) {
            throw new IllegalStateException("Pool.map returned wrong results");
        }
        return elapsedNanos / 1e6 / repeats;
    }

    /** {increments per second of the adders together, the final total, the expected total}. */
    static long[] arrayIncrements(int warmup, int increments) {
        Array<Integer> array = new Array<>(int.class, ARRAY_SIZE);
        Queue<Boolean> ready = new Queue<>();
        Queue<Boolean> done = new Queue<>();
        Event go = new Event();
        List<Process> adders = new ArrayList<>();
        for (int i = 0; i < ADDERS; i++) {
            adders.add(new Process(() -> addToArray(array, warmup, increments, ready, go, done)));
        }
        adders.forEach(Process::start);
        for (int i = 0; i < ADDERS; i++) {
            ready.get();
        }
        long started = System.nanoTime();
        go.set();
        for (int i = 0; i < ADDERS; i++) {
            done.get();
        }
        long elapsedNanos = System.nanoTime() - started;
        adders.forEach(Process::join);
        long total = array.toList().stream().mapToLong(Integer::longValue).sum();
        return new long[] {(long) (ADDERS * increments / (elapsedNanos / 1e9)), total,
                (long) ADDERS * (warmup + increments)};
    }

    static void addToArray(Array<Integer> array, int warmup, int increments, Queue<Boolean> ready, Event go,
                           Queue<Boolean> done) {
        RLock lock = array.getLock();
        for (int i = 0; i < warmup + increments; i++) {
            if (i == warmup) {
                ready.put(true);
                go.await();
            }
            lock.acquire();
            array.set(i % array.size(), array.get(i % array.size()) + 1);
            lock.release();
        }
        done.put(true);
    }

    /** Items per second from one producer's put to one consumer's taskDone, until join() returns. */
    static double joinableQueueItemsPerSecond(int warmup, int items) {
        JoinableQueue<Integer> queue = new JoinableQueue<>();
        Process consumer = new Process(() -> consume(queue));
        consumer.start();
        for (int i = 0; i < warmup; i++) {
            queue.put(i);
        }
        queue.join();
        long started = System.nanoTime();
        for (int i = 0; i < items; i++) {
            queue.put(i);
        }
        queue.join();
        long elapsedNanos = System.nanoTime() - started;
        queue.put(-1);
        consumer.join();
        return items / (elapsedNanos / 1e9);
    }

    static void consume(JoinableQueue<Integer> queue) {
        while (true) {
            int item = queue.get();
            queue.taskDone();
            if (item < 0) {
                return;
            }
        }
    }
}
