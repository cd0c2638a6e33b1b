package io.github.mpgrade.harness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A program to run: a main class and its arguments. Its classes are loaded only in the child
 * JVMs the coordinator launches, never in the JVM that runs the checks.
 *
 * @param mainClass the binary name of the class whose {@code main} runs as {@code MainProcess}
 * @param args      its arguments
 */
public record Program(String mainClass, List<String> args) {
    public Program {
        Objects.requireNonNull(mainClass, "mainClass");
        args = List.copyOf(args);
    }

    /** {@code Program.main("lab.pingpong.PingPong").args("3")} */
    public static Program main(String mainClass) {
        return new Program(mainClass, List.of());
    }

    public Program args(String... arguments) {
        return new Program(mainClass, Arrays.asList(arguments));
    }

    public Program args(int... arguments) {
        return new Program(mainClass, Arrays.stream(arguments).mapToObj(Integer::toString).toList());
    }

    @Override
    public String toString() {
        return mainClass + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
