package io.github.mpgrade.harness;

import io.github.mpgrade.harness.schedule.Replay;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.JvmChoice;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs programs under control: each run is one schedule, chosen by a {@link Strategy} and a seed,
 * with every process a child JVM of a coordinator that lives as long as this harness (its
 * sockets and its pool of started JVMs serve every run). A harness may make several runs at once,
 * each under a coordinator of its own: an {@linkplain #explore exploration} does, on as many as
 * the harness was made for, and any thread may call {@link #run} while others do.
 *
 * <pre>{@code
 * try (Harness harness = Harness.forClassPath(studentClassPath)) {
 *     Run run = harness.run(Program.main("lab.pingpong.PingPong").args(3), Strategy.randomWalk(), 17);
 *     run.lines();              // what it printed, in causal order
 *     run.deadlock();           // the cycle, if it deadlocked
 * }
 * }</pre>
 */
public final class Harness implements AutoCloseable {
    /** How many replays that left their schedule are made again before a witness is given up. */
    public static final int SPARE_REPLAYS = 3;
    /**
     * A tenth of the JIT's usual thresholds. Measured on 5 philosophers, steady: 38-44 schedules/s
     * at the usual ones, 51-55 at a tenth; the price is ~100 ms more CPU for a JVM's start (the
     * JDK's start-up code compiled too), so not for free runs, whose JVMs serve few processes (a
     * child's start+join back to back: 81 ms to 115 ms). Only the runtime's methods at a tenth
     * gains nothing: the per-process code that stays interpreted is the JDK's (serialization,
     * threads, streams).
     */
    static final String EARLY_COMPILATION = "-XX:CompileThresholdScaling=0.1";
    private final Coordinators coordinators;
    private final ExecutorService runners;
    private final Duration runTimeout;
    private final OptionalLong replaySeed;

    private Harness(Coordinators coordinators, Duration runTimeout, OptionalLong replaySeed) {
        this.coordinators = coordinators;
        this.runners = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mpgrade-runner");
            thread.setDaemon(true);
            return thread;
        });
        this.runTimeout = runTimeout;
        this.replaySeed = replaySeed;
    }

    /**
     * A harness whose programs load their classes from this class path (the runtime must be on it).
     * A task may stay outside the library for 10 s before its run counts as hung: a bound of wall
     * time, generous because a JVM starved of CPU on a loaded machine looks the same for a while.
     */
    public static Harness forClassPath(List<String> classPath) {
        return forClassPath(classPath, OptionalLong.empty());
    }

    /**
     * As {@link #forClassPath(List)}, replaying a seed: a search for a failure runs only this
     * seed, and {@link #replaySeed()} tells the checks to use it for every schedule.
     */
    public static Harness forClassPath(List<String> classPath, OptionalLong replaySeed) {
        return forClassPath(classPath, replaySeed, 1);
    }

    /**
     * As {@link #forClassPath(List, OptionalLong)}, exploring with up to {@code runsAtOnce} runs at
     * once, each with a pool of JVMs of its own. A run keeps a core and more busy, its processes
     * and coordinator waking each other up from core to core: give it about two cores a run (on
     * two, a second run made 5 philosophers' exploration 10-20% faster, after its JVMs' start).
     */
    public static Harness forClassPath(List<String> classPath, OptionalLong replaySeed, int runsAtOnce) {
        return create(LaunchSpec.withClassPath(classPath), Duration.ofSeconds(10), 200_000, replaySeed, true, runsAtOnce);
    }

    /** A harness whose programs use this JVM's class path: for programs that are part of the checks' own code base. */
    public static Harness forCurrentClassPath() {
        return forClassPath(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
    }

    /**
     * @param hangBound how long a task may run outside the library before the run ends as a hang
     * @param maxSteps  how many scheduling decisions before a run is cut short
     */
    public static Harness create(LaunchSpec launchSpec, Duration hangBound, int maxSteps) {
        return create(launchSpec, hangBound, maxSteps, OptionalLong.empty(), true, 1);
    }

    /**
     * @param jvmReuse whether a JVM whose process ended cleanly runs a process of a later run, in a
     *                 fresh class loader (always, but for the test that compares both ways)
     * @param runsAtOnce how many runs may go on at once, each under a coordinator of its own
     */
    static Harness create(LaunchSpec launchSpec, Duration hangBound, int maxSteps, OptionalLong replaySeed,
                          boolean jvmReuse, int runsAtOnce) {
        // One spare JVM: the JVMs of the last program come back for the next, and each spare
        // costs a JVM's start in CPU (batch of 44: 16.0-17.2 a minute with one, 14.9 with three).
        Options options = Options.defaults(controlled(launchSpec))
                .withPoolSize(1).withConsole(Console.silent()).withJvmReuse(jvmReuse)
                .withHangBound(hangBound).withMaxSteps(maxSteps);
        return new Harness(new Coordinators(() -> Coordinator.start(options), runsAtOnce), hangBound.multipliedBy(6),
                replaySeed);
    }

    /**
     * Every JVM of a controlled run gets the agent, which puts the program's own threads,
     * monitors and exits under the coordinator, so thread programs replay exactly too. And it
     * compiles early: it serves hundreds of processes, and the code that runs once a process (its
     * start, its end) would otherwise stay interpreted for hundreds of schedules.
     */
    private static LaunchSpec controlled(LaunchSpec launchSpec) {
        List<String> options = new ArrayList<>();
        options.add(EARLY_COMPILATION); // first: a scaling among the launch's own options wins
        options.addAll(launchSpec.jvmOptions());
        options.add(AgentJar.option());
        return new LaunchSpec(launchSpec.javaExecutable(), launchSpec.classPath(), options);
    }

    /** The seed a student replays, which every schedule uses instead of its own; empty when none is. */
    public OptionalLong replaySeed() {
        return replaySeed;
    }

    /** One controlled run: the schedule the strategy makes from this seed. */
    public Run run(Program program, Strategy strategy, long seed) {
        return execute(program, strategy.name(), seed, strategy.scheduler(seed));
    }

    /**
     * Runs one schedule per seed, from {@code firstSeed} on, {@code count} of them — or only the
     * {@linkplain #replaySeed() replayed seed} — and stops at the first run that {@code fails};
     * empty if none did.
     */
    public Optional<Run> findFailure(Program program, Strategy strategy, long firstSeed, int count,
                                     Predicate<Run> fails) {
        for (long seed : seeds(firstSeed, count)) {
            Run run = run(program, strategy, seed);
            if (fails.test(run)) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    /** Makes a recorded schedule again. */
    public Run replay(Run recorded) {
        return execute(recorded.program(), "replay of " + recorded.strategy(), recorded.seed(),
                new Replay(recorded.decisions()));
    }

    /**
     * Replays a failing run {@code times} times and judges it by its replays: it is a witness only
     * if every replay fails for the same reason, {@code verdict} computed from the replay equal to
     * the one computed from the failing run (empty: the run passes). A verdict that fails a student
     * must rest on a confirmed witness.
     */
    public <V> Witness confirm(Run failing, int times, Function<Run, Optional<V>> verdict) {
        return Witness.judge(failing, replays(failing, times), verdict);
    }

    /**
     * The runs of a failing run's schedule made again until {@code times} of them took its steps
     * ({@link Departure}: one that left them is made again, up to {@value #SPARE_REPLAYS} more
     * times), for several checks to judge. Until one has taken the steps, each replay runs in
     * {@linkplain JvmChoice#FRESH fresh JVMs}, so a failure that came from what an earlier program
     * left in a reused JVM is not confirmed; the others run in pooled ones. Every replay is
     * returned, in the order they ran.
     */
    public List<Run> replays(Run failing, int times) {
        List<Run> replays = new ArrayList<>();
        int following = 0;
        while (following < times && replays.size() < times + SPARE_REPLAYS) {
            JvmChoice jvms = following == 0 ? JvmChoice.FRESH : JvmChoice.POOLED;
            Run replay = execute(failing.program(), "replay of " + failing.strategy(), failing.seed(),
                    new Replay(failing.decisions()), jvms);
            replays.add(replay);
            if (Departure.of(failing, replay).isEmpty()) {
                following++;
            }
        }
        return replays;
    }

    /**
     * Runs under any scheduler (an exhaustive search's, a test's).
     *
     * @throws IllegalStateException naming the scheduler's failure, if it threw or picked an
     *                               operation it was not offered: that run says nothing of the program
     */
    public Run execute(Program program, String strategyName, long seed, Scheduler scheduler) {
        return execute(program, strategyName, seed, scheduler, JvmChoice.POOLED);
    }

    private Run execute(Program program, String strategyName, long seed, Scheduler scheduler, JvmChoice jvms) {
        long start = System.nanoTime();
        Coordinator coordinator;
        try {
            coordinator = coordinators.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before " + program + " ran", e);
        }
        try {
            return execute(coordinator, program, strategyName, seed, scheduler, jvms, start);
        } finally {
            coordinators.giveBack(coordinator);
        }
    }

    private Run execute(Coordinator coordinator, Program program, String strategyName, long seed, Scheduler scheduler,
                        JvmChoice jvms, long start) {
        ProgramRun run = coordinator.launch(program.mainClass(), program.args(), scheduler, jvms);
        boolean ended;
        try {
            ended = run.awaitEnd(runTimeout);
            if (!ended) {
                run.kill();
                run.awaitEnd(Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            run.kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + program + " ran", e);
        }
        run.schedulerFailure().ifPresent(failure -> {
            throw new IllegalStateException(failure.message(), failure.cause()); // the tool's fault, not the program's
        });
        run.coordinatorFailure().ifPresent(failure -> {
            throw new IllegalStateException("the coordinator failed while " + program + " ran: " + failure, failure);
        });
        Optional<String> hang = run.hang().or(() -> ended ? Optional.empty()
                : Optional.of("The program did not end within " + runTimeout.toSeconds() + " s and was stopped."));
        return new Run(program, strategyName, seed, run.log().events(), run.decisions(), run.exitCode(),
                run.deadlock(), hang, run.livelock(), run.stepLimitReached(), run.startFailure(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<Long> seeds(long first, int count) {
        if (replaySeed.isPresent()) {
            return List.of(replaySeed.getAsLong());
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(first + i);
        }
        return seeds;
    }

    /**
     * Explores the program's schedules with a {@link io.github.mpgrade.harness.schedule.Portfolio}
     * until a run {@code fails}, or the budget is spent — or runs only the
     * {@linkplain #replaySeed() replayed seed}. Confirm the witness with {@link #confirm} before it counts.
     */
    public Exploration.Result explore(Program program, Budget budget, Predicate<Run> fails) {
        return new Exploration(this, new OrderedSearch(runners, coordinators.most())).explore(program, budget, fails);
    }

    /** Ends every JVM of every run. */
    @Override
    public void close() {
        runners.shutdownNow();
        coordinators.close();
    }
}
