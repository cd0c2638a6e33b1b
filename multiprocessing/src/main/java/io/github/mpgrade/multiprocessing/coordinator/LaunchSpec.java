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
     * Lean start-up: a child is short-lived and small, so the serial collector and no perf-data
     * file. The grader's children keep both compilers: C1 alone changed no exploration's speed
     * there, and would slow a submission's CPU-bound code.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");
    /**
     * What a program's own children add: only the quick compiler, C1, as launchers for
     * development do (Spring Boot's optimized launch). A free run's process lives for
     * milliseconds to seconds, and where CPUs are few, C2 compiling its first hundred methods
     * competes with the program's processes for them: on two CPUs a run of 25,000 increments of a
     * Value under its lock went from 35-42% of Python's speed to 54-92%, a lock handoff from 6x
     * Python's time to 2.4-4x, and a JVM's start from 109 to 87 ms. Code that computes for long
     * runs up to 2x slower than under C2 (none for a prime sieve, 1.2x for a loop of arithmetic, 2.2x
     * for HashMap and String work); the last of two flags wins, so
     * {@code -Dmpgrade.jvmOptions=-XX:TieredStopAtLevel=4} gives C2 back.
     */
    static final List<String> PROGRAM_CHILD_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    public LaunchSpec {
        classPath = List.copyOf(classPath);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The JVM this code runs in, with its class path and {@link #PROGRAM_CHILD_OPTIONS}: what a
     * program's root uses for its children. Extra options come from the system property
     * {@code mpgrade.jvmOptions} (space separated), after those.
     */
    public static LaunchSpec ofCurrentJvm() {
        return launchSpec(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)),
                PROGRAM_CHILD_OPTIONS);
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

    /** The current JVM's java with another class path: what the grader uses for a submission's programs. */
    public static LaunchSpec withClassPath(List<String> classPath) {
        return launchSpec(classPath, List.of());
    }

    private static LaunchSpec launchSpec(List<String> classPath, List<String> added) {
        List<String> options = new ArrayList<>(DEFAULT_JVM_OPTIONS);
        options.addAll(added);
        String extra = System.getProperty("mpgrade.jvmOptions", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return new LaunchSpec(Path.of(System.getProperty("java.home"), "bin", "java"), classPath, options);
    }
}
