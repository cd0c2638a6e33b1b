package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
        List<ProcessHandle> tree = new ArrayList<>();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(main.getSimpleName() + " did not end within 60 s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        process.descendants().forEach(tree::add);
        assertNoSurvivors(process.toHandle());
        Result result = new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Every JVM a program started is gone shortly after its root ended. */
    static void assertNoSurvivors(ProcessHandle root) throws InterruptedException {
        long pid = root.pid();
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> left = ProcessHandle.allProcesses()
                    .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains("ChildMain"))
                    .filter(p -> p.parent().map(parent -> parent.pid() == pid).orElse(false))
                    .toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("child JVMs of " + pid + " survived their program");
    }

    /** Launches a program under a coordinator in this JVM, the way the harness does. */
    static Launched launch(Class<?> main, String... args) throws IOException {
        Coordinator coordinator = Coordinator.start(Coordinator.Options.defaults(LaunchSpec.ofCurrentJvm())
                .withPoolSize(0).withConsole(Coordinator.Console.silent()));
        return new Launched(coordinator, coordinator.launch(main.getName(), Arrays.asList(args)));
    }

    /** A launched program and its coordinator; closing kills what is left. */
    record Launched(Coordinator coordinator, ProgramRun run) implements AutoCloseable {
        Launched awaitEnd() throws InterruptedException {
            assertTrue(run.awaitEnd(Duration.ofSeconds(60)), "the program did not end within 60 s");
            return this;
        }

        List<String> lines() {
            return run.log().outputLines();
        }

        @Override
        public void close() {
            coordinator.close();
        }
    }

    static void assertLines(List<String> expected, List<String> actual) {
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
