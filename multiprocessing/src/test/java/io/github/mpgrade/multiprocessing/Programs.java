package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs test programs the two ways a program runs: as its own root, or launched by a coordinator. */
final class Programs {
    private Programs() {
    }

    /** What a program run as {@code java Main args} did. */
    record Result(int exitCode, List<String> out, String err, long millis) {
    }

    /**
     * Runs {@code java -cp <test class path> main args} (the coordinator lives in that root JVM),
     * and checks that no process of its tree survives it.
     */
    static Result runAsRoot(Class<?> main, String... args) throws IOException, InterruptedException {
        return runAsRoot(List.of(), main, args);
    }

    static Result runAsRoot(List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        // The root's coordinator makes its folder (and its children's argument file) under this
        // temporary folder: a child JVM that outlives the root, even one re-parented to init, still
        // names it on its command line.
        Path tmp = Files.createTempDirectory("mpg-root");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile("mpg-out", ".txt");
        Path err = Files.createTempFile("mpg-err", ".txt");
        long start = System.nanoTime();
        java.lang.Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(main.getSimpleName() + " did not end within 60 s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNoSurvivors(process.toHandle());
        assertNoSurvivorNaming(tmp.toString());
        Result result = new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
        Files.delete(out);
        Files.delete(err);
        try (Stream<Path> files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        return result;
    }

    /** Every JVM a program started is gone shortly after its root ended. */
    static void assertNoSurvivors(ProcessHandle root) throws InterruptedException {
        long pid = root.pid();
        List<ProcessHandle> left = List.of();
        for (int i = 0; i < 500; i++) { // 10 s: a killed JVM can take a while to go on a loaded machine
            left = ProcessHandle.allProcesses()
                    .filter(p -> p.isAlive() && isChildJvm(p))
                    .filter(p -> p.parent().map(parent -> parent.pid() == pid).orElse(false))
                    .toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("child JVMs of " + pid + " survived their program: " + describe(left));
    }

    /** No child JVM whose command line names {@code text} (its coordinator's folder) is alive. */
    static void assertNoSurvivorNaming(String text) throws InterruptedException {
        List<ProcessHandle> left = List.of();
        for (int i = 0; i < 500; i++) { // 10 s: a killed JVM can take a while to go on a loaded machine
            left = ProcessHandle.allProcesses()
                    .filter(p -> p.isAlive() && isChildJvm(p) && p.info().commandLine().orElse("").contains(text))
                    .toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("child JVMs survived their program: " + describe(left));
    }

    /** A JVM that runs a program's process; not the short-lived one that only makes a class-data archive. */
    private static boolean isChildJvm(ProcessHandle p) {
        String commandLine = p.info().commandLine().orElse("");
        return commandLine.contains("ChildMain") && !commandLine.contains("ArchiveClassesAtExit");
    }

    private static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList().toString();
    }

    /** Launches a program under a coordinator in this JVM, the way the harness does. */
    static Launched launch(Class<?> main, String... args) throws IOException {
        Coordinator coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm())
                .withPoolSize(0).withConsole(Console.silent()));
        return new Launched(coordinator, coordinator.launch(main.getName(), Arrays.asList(args)));
    }

    /**
     * A launched program and its coordinator; closing kills what is left, and checks that no child
     * JVM of this JVM (all of a launched program's JVMs are) is still alive.
     */
    record Launched(Coordinator coordinator, ProgramRun run) implements AutoCloseable {
        Launched awaitEnd() throws InterruptedException {
            if (!run.awaitEnd(Duration.ofSeconds(60))) {
                List<TraceEvent> events = run.log().events();
                fail("the program did not end within 60 s; its last events:\n" + String.join("\n",
                        events.subList(Math.max(0, events.size() - 60), events.size()).stream()
                                .map(TraceEvent::toString).toList()));
            }
            run.coordinatorFailure().ifPresent(failure -> fail("the coordinator failed while the program ran", failure));
            return this;
        }

        /** Fails unless the program printed this line (anywhere on standard output). */
        void assertPrinted(String line) {
            assertTrue(lines().contains(line), () -> "\"" + line + "\" is not among " + lines());
        }

        List<String> lines() {
            return run.log().outputLines();
        }

        <E extends TraceEvent> List<E> events(Class<E> kind) {
            return run.log().events(kind);
        }

        /** The standard-output lines of one process, in order. */
        List<String> linesOf(String processName) {
            return events(TraceEvent.Output.class).stream().filter(e -> e.task().processName().equals(processName))
                    .map(TraceEvent.Output::line).toList();
        }

        /** The standard-error lines of one process, in order. */
        List<String> errorLinesOf(String processName) {
            return events(TraceEvent.ErrorOutput.class).stream()
                    .filter(e -> e.task().processName().equals(processName)).map(TraceEvent.ErrorOutput::line).toList();
        }

        /** The log position of the one output line equal to {@code line}. */
        long seqOf(String line) {
            List<TraceEvent.Output> found = events(TraceEvent.Output.class).stream()
                    .filter(e -> e.line().equals(line)).toList();
            assertEquals(1, found.size(), "lines equal to \"" + line + "\" in " + lines());
            return found.get(0).seq();
        }

        /** The exit of a process as the log has it. */
        TraceEvent.ProcessExit exitOf(String processName) {
            List<TraceEvent.ProcessExit> exits = events(TraceEvent.ProcessExit.class).stream()
                    .filter(e -> e.process().equals(processName)).toList();
            assertEquals(1, exits.size(), "exits of " + processName + " in " + run.log().events());
            return exits.get(0);
        }

        /** Asserts the program ended with exit code 0, showing what it printed on error if not. */
        Launched assertSucceeded() {
            assertEquals(0, run.exitCode(), () -> "exit code of the program; its output: " + lines()
                    + "\nerrors: " + events(TraceEvent.ErrorOutput.class).stream()
                    .map(e -> e.task().processName() + ": " + e.line()).toList()
                    + events(TraceEvent.Deadlock.class).stream().map(TraceEvent.Deadlock::report).toList());
            return this;
        }

        @Override
        public void close() {
            coordinator.close();
            try {
                assertNoSurvivors(ProcessHandle.current());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void assertLines(List<String> expected, List<String> actual) {
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
