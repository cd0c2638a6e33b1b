package io.github.mpgrade.multiprocessing.coordinator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a coordinator runs.
 *
 * @param launchSpec  how to start child JVMs
 * @param poolSize    how many started JVMs to keep ready, so {@code start()} only hands over work
 * @param console     where process output is echoed
 * @param onDeadlock  told once when every live task is blocked for good
 * @param hangBound   in a controlled run, how long a task may run without calling the library
 *                    before the run is ended as an uncontrolled hang
 * @param maxSteps    in a controlled run, how many decisions before the run is cut short
 * @param maxProcesses how many processes of one program may be alive at once (its root included):
 *                    a {@code start()} beyond it fails, so a program that starts processes in a loop
 *                    cannot exhaust the machine (system property {@code mpgrade.maxProcesses}, default 32)
 * @param jvmReuse    whether a child JVM whose process ended cleanly goes back to the pool and
 *                    runs a process of a later program in a fresh class loader (statics start
 *                    fresh), instead of exiting; a JVM runs at most one process of each program
 * @param preload     a class of the program that every child JVM loads and links, without
 *                    initializing it, before it says it is ready: a free run's main class, where
 *                    its processes' code mostly is (their lambdas); empty for none
 */
public record Options(LaunchSpec launchSpec, int poolSize, Console console, Consumer<DeadlockReport> onDeadlock,
                      Duration hangBound, int maxSteps, int maxProcesses, boolean jvmReuse, Optional<String> preload) {
    public Options {
        Objects.requireNonNull(launchSpec, "launchSpec");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(onDeadlock, "onDeadlock");
        Objects.requireNonNull(hangBound, "hangBound");
        Objects.requireNonNull(preload, "preload");
        if (poolSize < 0) {
            throw new IllegalArgumentException("poolSize must be >= 0, not " + poolSize);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, not " + maxSteps);
        }
        if (maxProcesses < 1) {
            throw new IllegalArgumentException("maxProcesses must be >= 1, not " + maxProcesses);
        }
    }

    public static Options defaults(LaunchSpec launchSpec) {
        return new Options(launchSpec, 1, Console.of(System.out, System.err), report -> { },
                Duration.ofSeconds(10), 1_000_000, Integer.getInteger("mpgrade.maxProcesses", 32), false, Optional.empty());
    }

    public Options withPoolSize(int size) {
        return new Options(launchSpec, size, console, onDeadlock, hangBound, maxSteps, maxProcesses, jvmReuse, preload);
    }

    public Options withConsole(Console newConsole) {
        return new Options(launchSpec, poolSize, newConsole, onDeadlock, hangBound, maxSteps, maxProcesses,
                jvmReuse, preload);
    }

    public Options withOnDeadlock(Consumer<DeadlockReport> handler) {
        return new Options(launchSpec, poolSize, console, handler, hangBound, maxSteps, maxProcesses,
                jvmReuse, preload);
    }

    public Options withHangBound(Duration bound) {
        return new Options(launchSpec, poolSize, console, onDeadlock, bound, maxSteps, maxProcesses, jvmReuse, preload);
    }

    public Options withMaxSteps(int steps) {
        return new Options(launchSpec, poolSize, console, onDeadlock, hangBound, steps, maxProcesses,
                jvmReuse, preload);
    }

    /** A class of the program for every child JVM to load and link before it is ready. */
    public Options withPreload(String className) {
        return new Options(launchSpec, poolSize, console, onDeadlock, hangBound, maxSteps, maxProcesses, jvmReuse,
                Optional.of(className));
    }

    /** Whether child JVMs are reused across programs (off by default: a free run keeps one JVM per process). */
    public Options withJvmReuse(boolean reuse) {
        return new Options(launchSpec, poolSize, console, onDeadlock, hangBound, maxSteps, maxProcesses,
                reuse, preload);
    }
}
