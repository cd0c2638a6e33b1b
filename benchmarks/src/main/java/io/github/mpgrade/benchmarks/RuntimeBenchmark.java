package io.github.mpgrade.benchmarks;

import io.github.mpgrade.multiprocessing.Event;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures this runtime and Python's {@code multiprocessing} on the same machine and prints them
 * side by side: lock handoff, start+join, Queue round trip, {@code Value} increments.
 *
 * <p>Run it with a real class path ({@code benchmarks/run.sh}): the child JVMs load this class to
 * run its targets. Counts come from system properties {@code bench.warmup}, {@code bench.roundTrips},
 * {@code bench.starts}, {@code bench.queueTrips} and {@code bench.increments}, and for the steady
 * state (after a warm-up long enough for the JIT compiler to have compiled the calls)
 * {@code bench.steadyWarmup}, {@code bench.steadyRoundTrips} and {@code bench.steadyIncrements}; the
 * Python script gets the same ones. On Linux with {@code taskset} and two CPUs, the handoffs are
 * also measured with the two processes pinned to CPUs 0 and 1 (Python pins with
 * {@code os.sched_setaffinity}). Exits with status 1 if a final {@code Value} total is not exact.
 */
public final class RuntimeBenchmark {
    /** Long enough for the coordinator's pool to start and connect a fresh JVM on 2 busy cores. */
    private static final long POOL_REFILL_MILLIS = 1000;
    private static final int ADDERS = 2;

    private RuntimeBenchmark() {
    }

    record Counts(int warmup, int roundTrips, int starts, int queueTrips, int increments, int steadyWarmup,
                  int steadyRoundTrips, int steadyIncrements) {
        static Counts fromSystemProperties() {
            return new Counts(Integer.getInteger("bench.warmup", 5000), Integer.getInteger("bench.roundTrips", 2000),
                    Integer.getInteger("bench.starts", 10), Integer.getInteger("bench.queueTrips", 2000),
                    Integer.getInteger("bench.increments", 20000), Integer.getInteger("bench.steadyWarmup", 50000),
                    Integer.getInteger("bench.steadyRoundTrips", 20000),
                    Integer.getInteger("bench.steadyIncrements", 200000));
        }

        List<String> asPythonArguments() {
            return List.of("--warmup", Integer.toString(warmup), "--round-trips", Integer.toString(roundTrips),
                    "--starts", Integer.toString(starts), "--queue-trips", Integer.toString(queueTrips),
                    "--increments", Integer.toString(increments), "--steady-warmup", Integer.toString(steadyWarmup),
                    "--steady-round-trips", Integer.toString(steadyRoundTrips),
                    "--steady-increments", Integer.toString(steadyIncrements));
        }
    }

    /** Mean milliseconds of start() and of join() over the iterations. */
    record StartJoin(double startMillis, double joinMillis) {
        double totalMillis() {
            return startMillis + joinMillis;
        }
    }

    record Increments(double perSecond, long total, long expected) {
        boolean exact() {
            return total == expected;
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Counts counts = Counts.fromSystemProperties();
        // Python first: the coordinator and its pooled JVM do not exist yet, so nothing else runs.
        progress("Python multiprocessing");
        Map<String, Double> python = runPython(counts);
        progress("lock handoff");
        double handoffMicros = lockHandoffMicros(counts.warmup(), counts.roundTrips(), false);
        double steadyHandoffMicros = lockHandoffMicros(counts.steadyWarmup(), counts.steadyRoundTrips(), false);
        boolean pinnable = CpuPinning.available() && python.containsKey("lock_handoff_pinned_us");
        double pinnedShortHandoffMicros = pinnable
                ? lockHandoffMicros(counts.warmup(), counts.roundTrips(), true) : Double.NaN;
        double pinnedHandoffMicros = pinnable
                ? lockHandoffMicros(counts.steadyWarmup(), counts.steadyRoundTrips(), true) : Double.NaN;
        progress("start+join with a pooled JVM ready");
        StartJoin pooled = startJoin(counts.starts(), POOL_REFILL_MILLIS);
        progress("start+join back to back");
        StartJoin backToBack = startJoin(counts.starts(), 0);
        progress("Queue round trip");
        double queueMicros = queueRoundTripMicros(counts.warmup(), counts.queueTrips());
        progress("Value increments");
        Increments increments = valueIncrements(counts.warmup(), counts.increments());
        Increments steadyIncrements = valueIncrements(counts.steadyWarmup(), counts.steadyIncrements());

        Increments pythonIncrements = new Increments(python.get("value_increments_per_s"),
                python.get("value_total").longValue(), python.get("value_expected").longValue());
        Increments pythonSteadyIncrements = new Increments(python.get("value_steady_increments_per_s"),
                python.get("value_steady_total").longValue(), python.get("value_steady_expected").longValue());
        System.out.printf("mpgrade runtime (JDK %s) vs Python multiprocessing, %d CPUs, counts %s%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), counts);
        Table table = new Table();
        table.row("lock handoff, µs", handoffMicros, python.get("lock_handoff_us"), "lower");
        table.row("lock handoff, steady, µs", steadyHandoffMicros, python.get("lock_handoff_steady_us"), "lower");
        if (pinnable) {
            table.row("lock handoff, CPUs 0 and 1, µs", pinnedShortHandoffMicros,
                    python.get("lock_handoff_pinned_short_us"), "lower");
            table.row("lock handoff, steady, CPUs 0 and 1, µs", pinnedHandoffMicros,
                    python.get("lock_handoff_pinned_us"), "lower");
        }
        table.row("start+join, pooled JVM vs fork, ms", pooled.totalMillis(), python.get("start_join_fork_ms"), "lower");
        table.row("start+join, pooled JVM vs forkserver, ms", pooled.totalMillis(),
                python.get("start_join_forkserver_ms"), "lower");
        table.row("start+join, pooled JVM vs spawn, ms", pooled.totalMillis(), python.get("start_join_spawn_ms"),
                "lower");
        table.row("start+join, back-to-back vs spawn, ms", backToBack.totalMillis(),
                python.get("start_join_spawn_ms"), "lower");
        table.row("Queue round trip, µs", queueMicros, python.get("queue_round_trip_us"), "lower");
        table.row("Value increments/s, 2 processes", increments.perSecond(), pythonIncrements.perSecond(), "higher");
        table.row("Value increments/s, 2 processes, steady", steadyIncrements.perSecond(),
                pythonSteadyIncrements.perSecond(), "higher");
        table.print();
        System.out.printf("%nJava start+join split (means): pooled start() %.1f ms + join() %.1f ms;"
                        + " back-to-back start() %.1f ms + join() %.1f ms%n",
                pooled.startMillis(), pooled.joinMillis(), backToBack.startMillis(), backToBack.joinMillis());
        System.out.printf("Value final totals: Java %d of %d and %d of %d, Python %d of %d and %d of %d%n",
                increments.total(), increments.expected(), steadyIncrements.total(), steadyIncrements.expected(),
                pythonIncrements.total(), pythonIncrements.expected(), pythonSteadyIncrements.total(),
                pythonSteadyIncrements.expected());
        System.out.println("Python's lock, queue and Value figures use the fork context; a ratio above 1 means"
                + " Java is slower for 'lower' rows and faster for 'higher' rows. 'steady': after "
                + counts.steadyWarmup() + " unmeasured rounds, so the JIT compiler has compiled the calls; "
                + (pinnable ? "'CPUs 0 and 1': each process pinned to one (taskset -a -p, Python's os.sched_setaffinity)."
                : "no pinned row: pinning needs Linux's taskset and two CPUs."));
        if (!increments.exact() || !pythonIncrements.exact() || !steadyIncrements.exact()
                || !pythonSteadyIncrements.exact()) {
            System.out.println("FAILED: a Value total is not exact, so increments under getLock() were lost");
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------- lock handoff

    /**
     * Microseconds per handoff of two child processes that free each other's lock (the PingPong
     * sample); {@code pinned}: on CPUs 0 and 1.
     */
    static double lockHandoffMicros(int warmup, int roundTrips, boolean pinned) {
        Lock pingLock = new Lock();
        Lock pongLock = new Lock();
        pongLock.acquire(); // ping moves first
        Queue<Long> results = new Queue<>();
        Process ping = new Process(() -> pingPong(pingLock, pongLock, warmup, roundTrips, results));
        Process pong = new Process(() -> pingPong(pongLock, pingLock, warmup, roundTrips, null));
        ping.start();
        pong.start();
        if (pinned) {
            CpuPinning.pin(ping.pid(), 0);
            CpuPinning.pin(pong.pid(), 1);
        }
        long elapsedNanos = results.get();
        ping.join();
        pong.join();
        return elapsedNanos / (2.0 * roundTrips) / 1e3; // a round trip is two handoffs
    }

    /** Takes its own lock and frees the other's; the side with {@code results} reports the timed rounds. */
    static void pingPong(Lock mine, Lock other, int warmup, int rounds, Queue<Long> results) {
        for (int i = 0; i < warmup; i++) {
            mine.acquire();
            other.release();
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            mine.acquire();
            other.release();
        }
        if (results != null) {
            results.put(System.nanoTime() - started);
        }
    }

    // ---------------------------------------------------------------- start+join

    /**
     * Means of start() and join() of a process that does nothing, after one unmeasured run. With a
     * pause the pool has a started JVM ready at each start(); without one it cannot always keep up,
     * and the mean (not the median) counts the starts that had to launch a JVM.
     */
    static StartJoin startJoin(int starts, long pauseMillis) {
        runEmptyProcess();
        long startNanos = 0;
        long joinNanos = 0;
        for (int i = 0; i < starts; i++) {
            Time.sleep(pauseMillis);
            long began = System.nanoTime();
            Process process = new Process(RuntimeBenchmark::doNothing);
            process.start();
            long started = System.nanoTime();
            process.join();
            startNanos += started - began;
            joinNanos += System.nanoTime() - started;
        }
        return new StartJoin(startNanos / 1e6 / starts, joinNanos / 1e6 / starts);
    }

    private static void runEmptyProcess() {
        Process process = new Process(RuntimeBenchmark::doNothing);
        process.start();
        process.join();
    }

    static void doNothing() {
    }

    // ---------------------------------------------------------------- Queue

    /** Microseconds from the parent's put to its get of the child's echo. */
    static double queueRoundTripMicros(int warmup, int trips) {
        Queue<Integer> requests = new Queue<>();
        Queue<Integer> replies = new Queue<>();
        Process child = new Process(() -> echo(requests, replies));
        child.start();
        for (int i = 0; i < warmup; i++) {
            requests.put(i);
            replies.get();
        }
        long started = System.nanoTime();
        for (int i = 0; i < trips; i++) {
            requests.put(i);
            replies.get();
        }
        long elapsedNanos = System.nanoTime() - started;
        requests.put(-1);
        child.join();
        return elapsedNanos / (double) trips / 1e3;
    }

    /** Sends back every item until a negative one. */
    static void echo(Queue<Integer> requests, Queue<Integer> replies) {
        for (int item = requests.get(); item >= 0; item = requests.get()) {
            replies.put(item);
        }
    }

    // ---------------------------------------------------------------- Value

    /** Increments per second of the adders together, timed from a common go, and the final total. */
    static Increments valueIncrements(int warmup, int increments) {
        Value<Integer> value = new Value<>(0);
        Queue<Boolean> ready = new Queue<>();
        Queue<Boolean> done = new Queue<>();
        Event go = new Event();
        List<Process> adders = new ArrayList<>();
        for (int i = 0; i < ADDERS; i++) {
            adders.add(new Process(() -> addOnes(value, warmup, increments, ready, go, done)));
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
        return new Increments(ADDERS * increments / (elapsedNanos / 1e9), value.get(),
                (long) ADDERS * (warmup + increments));
    }

    /** Adds 1 under the value's lock: warm-up first, then the timed increments once told to go. */
    static void addOnes(Value<Integer> value, int warmup, int increments, Queue<Boolean> ready, Event go,
                        Queue<Boolean> done) {
        addOnes(value, warmup);
        ready.put(true);
        go.await();
        addOnes(value, increments);
        done.put(true);
    }

    private static void addOnes(Value<Integer> value, int times) {
        RLock lock = value.getLock();
        for (int i = 0; i < times; i++) {
            lock.acquire();
            value.set(value.get() + 1);
            lock.release();
        }
    }

    // ---------------------------------------------------------------- Python

    /** Runs the Python script with the same counts and reads its one JSON object of numbers. */
    static Map<String, Double> runPython(Counts counts) throws IOException, InterruptedException {
        return runPython(System.getProperty("bench.pythonScript", "benchmarks/python/bench_multiprocessing.py"),
                counts.asPythonArguments());
    }

    /** Runs a Python benchmark script with these arguments and reads its one JSON object of numbers. */
    static Map<String, Double> runPython(String script, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("bench.python", "python3"), script));
        command.addAll(arguments);
        java.lang.Process python = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json;
        try (InputStream out = python.getInputStream()) {
            json = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (python.waitFor() != 0) {
            throw new IllegalStateException("the Python benchmark failed (exit " + python.exitValue() + "): " + command);
        }
        // Compiled here, not in a static field: every child JVM loads this class to run its target.
        Pattern jsonNumber = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)");
        Map<String, Double> numbers = new HashMap<>();
        Matcher matcher = jsonNumber.matcher(json);
        while (matcher.find()) {
            numbers.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return numbers;
    }

    // ---------------------------------------------------------------- output

    static void progress(String measurement) {
        System.err.println("measuring " + measurement + " ...");
    }

    /** measurement | Java | Python | Java/Python | better. */
    static final class Table {
        private static final String FORMAT = "%-42s %12s %12s %12s  %s%n";
        private final List<String[]> rows = new ArrayList<>();

        void row(String measurement, double java, double python, String better) {
            rows.add(new String[] {measurement, number(java), number(python), String.format("%.3g", java / python),
                better});
        }

        void print() {
            System.out.printf(FORMAT, "measurement", "Java", "Python", "Java/Python", "better");
            for (String[] row : rows) {
                System.out.printf(FORMAT, (Object[]) row);
            }
        }

        private static String number(double value) {
            return value >= 1000 ? String.format("%,.0f", value) : String.format("%.1f", value);
        }
    }
}
