package io.github.mpgrade.benchmarks;

import io.github.mpgrade.samples.bench.CertainDeadlock;
import io.github.mpgrade.samples.bench.DiningPhilosophers;
import io.github.mpgrade.samples.bench.ThreadCounter;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.LockOrderGraph;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * How fast the harness explores: schedules per second (each a controlled run, its processes in
 * the pool's reused JVMs), for a program's first schedules and then for as many as an exploration
 * runs, the wall time of a whole philosophers check, and the time from the moment a
 * deadlock cycle closes to the verdict. Run with {@code benchmarks/run.sh harness}.
 */
public final class HarnessBenchmark {
    private HarnessBenchmark() {
    }

    public static void main(String[] args) {
        int schedules = Integer.getInteger("schedules", 20);
        int steadySchedules = Integer.getInteger("steadySchedules", 200);
        // The reference solution's programs, and philosophers that can deadlock.
        Program philosophers = Program.main("lab.philosophers.DiningTable").args("5", "2");
        Program symmetric = Program.main(DiningPhilosophers.class.getName()).args("symmetric", "5", "2");
        Program pingPong = Program.main("lab.pingpong.PingPong").args("5");
        try (Harness harness = Harness.forCurrentClassPath()) {
            harness.run(pingPong, Strategy.randomWalk(), -1); // warm the pool and the class-data archive
            System.out.printf("%-58s %10s%n", "measurement", "value");
            // The first schedules of a program pay for its JVMs' warm-up (JIT, linking); an
            // exploration of hundreds of schedules runs at the steady rate.
            System.out.printf("%-58s %10.1f%n", "reference philosophers n=5, random walk: schedules/s",
                    perSecond(harness, philosophers, 0, schedules));
            System.out.printf("%-58s %10.1f%n", "  the next " + steadySchedules + " (steady)",
                    perSecond(harness, philosophers, schedules, steadySchedules));
            System.out.printf("%-58s %10.1f%n", "reference ping-pong 5 rounds, random walk: schedules/s",
                    perSecond(harness, pingPong, 0, schedules));
            System.out.printf("%-58s %10.1f%n", "  the next " + steadySchedules + " (steady)",
                    perSecond(harness, pingPong, schedules, steadySchedules));
            System.out.printf("%-58s %10.0f%n", "threads under the agent (3 x 300 synchronized): steps/s",
                    stepsPerSecond(harness, Program.main(ThreadCounter.class.getName()).args("3", "300"), 5));

            long start = System.nanoTime();
            Run observed = harness.run(symmetric, Strategy.randomWalk(), 1);
            boolean predicted = !LockOrderGraph.of(observed.events()).cycles().isEmpty();
            Run directed = harness.run(symmetric, Strategy.directed(), 1);
            boolean confirmed = directed.deadlock().isPresent() && harness.confirm(directed, 2, r -> r.deadlock().map(DeadlockReport::text)).confirmed();
            System.out.printf("%-58s %10d%n", "symmetric philosophers: observe + direct + 2 replays (ms)",
                    (System.nanoTime() - start) / 1_000_000);
            System.out.printf("%-58s %10s%n", "  cycle predicted / deadlock reached and replayed", predicted + " / " + confirmed);
            System.out.printf("%-58s %10.1f%n", "cycle closed -> deadlock verdict, controlled run (ms)",
                    verdictLatency(directed.events()));
        }
        System.out.printf("%-58s %10.1f%n", "cycle closed -> deadlock verdict, free run (ms, median of 9)",
                freeVerdictLatency());
    }

    /**
     * A free run (the operating system schedules), with one pooled JVM as a program run normally
     * has: from the request that closes the cycle to the verdict.
     */
    private static double freeVerdictLatency() {
        double[] latencies = new double[9];
        for (int i = 0; i < latencies.length; i++) {
            try (Coordinator coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm())
                    .withPoolSize(1).withConsole(Console.silent()))) {
                ProgramRun run = coordinator.launch(CertainDeadlock.class.getName(), List.of("3"));
                run.awaitEnd(Duration.ofSeconds(30));
                List<TraceEvent> events = run.log().events();
                TraceEvent verdict = events.stream().filter(TraceEvent.Deadlock.class::isInstance).findFirst().orElseThrow();
                TraceEvent closing = events.stream().filter(TraceEvent.AcquireRequest.class::isInstance)
                        .reduce((first, second) -> second).orElseThrow();
                latencies[i] = (verdict.nanos() - closing.nanos()) / 1e6;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        java.util.Arrays.sort(latencies);
        return latencies[latencies.length / 2];
    }

    private static double perSecond(Harness harness, Program program, int firstSeed, int schedules) {
        long start = System.nanoTime();
        for (int seed = firstSeed; seed < firstSeed + schedules; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            if (!run.completed()) {
                throw new IllegalStateException(program + " did not complete under seed " + seed);
            }
        }
        return schedules / ((System.nanoTime() - start) / 1e9);
    }

    /** Scheduling decisions per second over a few schedules of a program whose every step is a thread's. */
    private static double stepsPerSecond(Harness harness, Program program, int schedules) {
        long steps = 0;
        long start = System.nanoTime();
        for (int seed = 0; seed < schedules; seed++) {
            Run run = harness.run(program, Strategy.randomWalk(), seed);
            if (!run.completed()) {
                throw new IllegalStateException(program + " did not complete under seed " + seed);
            }
            steps += run.decisions().size();
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    /** From the last step before the verdict (the request that closed the cycle was the next) to the verdict. */
    static double verdictLatency(List<TraceEvent> events) {
        for (int i = events.size() - 1; i > 0; i--) {
            if (events.get(i) instanceof TraceEvent.Deadlock) {
                return (events.get(i).nanos() - events.get(i - 1).nanos()) / 1e6;
            }
        }
        return Double.NaN;
    }
}
