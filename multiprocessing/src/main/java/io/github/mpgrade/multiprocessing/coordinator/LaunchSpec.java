package io.github.mpgrade.multiprocessing.coordinator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How child JVMs are started: which java, which class path, which JVM options.
 *
 * @param javaExecutable the {@code java} launcher
 * @param classPath      the program's class path (the runtime must be on it)
 * @param jvmOptions     options before the main class
 */
public record LaunchSpec(Path javaExecutable, List<String> classPath, List<String> jvmOptions) {
    /**
     * Lean start-up: a child is short-lived and small, so the serial collector, no perf-data file,
     * and only the quick compiler, C1, as launchers for development do (Spring Boot's optimized
     * launch): a process lives for milliseconds to seconds, too short for C2's code to pay for its
     * compiling, which competes with the program's own processes where CPUs are few. The price is
     * code that computes for long, up to 2x slower (README, Benchmarks, has the figures); the last
     * of two flags wins, so {@code -Dmpgrade.jvmOptions=-XX:TieredStopAtLevel=4} gives C2 back.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-XX:TieredStopAtLevel=1");

    public LaunchSpec {
        classPath = List.copyOf(classPath);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The JVM this code runs in, with its class path: what a program's root uses for its children.
     * Extra options come from the system property {@code mpgrade.jvmOptions} (space separated),
     * after the defaults.
     */
    public static LaunchSpec ofCurrentJvm() {
        return withClassPath(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
    }

    /**
     * The main class this JVM was started with ({@code java Main ...}, {@code java -m mod/Main ...}),
     * as its launcher recorded it; empty when it ran a jar or the launcher did not say.
     */
    public static Optional<String> mainClassOfCurrentJvm() {
        return mainClassOf(System.getProperty("sun.java.command", ""));
    }

    /** The main class a launcher's command ({@code sun.java.command}) names, if it names one. */
    static Optional<String> mainClassOf(String launcherCommand) {
        String command = launcherCommand.trim();
        String first = command.isEmpty() ? "" : command.split("\\s+")[0];
        String name = first.substring(first.indexOf('/') + 1);
        boolean className = !name.isEmpty() && !name.endsWith(".jar") && name.chars()
                .allMatch(c -> c == '.' || c == '$' || Character.isJavaIdentifierPart(c));
        return className ? Optional.of(name) : Optional.empty();
    }

    /** The current JVM's java with another class path. */
    public static LaunchSpec withClassPath(List<String> classPath) {
        List<String> options = new ArrayList<>(DEFAULT_JVM_OPTIONS);
        String extra = System.getProperty("mpgrade.jvmOptions", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return new LaunchSpec(Path.of(System.getProperty("java.home"), "bin", "java"), classPath, options);
    }
}
