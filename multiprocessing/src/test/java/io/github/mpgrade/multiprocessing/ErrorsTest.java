package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.internal.client.ChildMain;
import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.samples.Hello;
import io.github.mpgrade.samples.errors.ProcessLoop;
import io.github.mpgrade.samples.errors.StartErrors;
import io.github.mpgrade.samples.errors.StartWhenTheJvmCannotStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What goes wrong with processes is refused at once, with a sentence that says what and where. */
class ErrorsTest {
    /** A JVM option no machine can honour: a heap of about 100 TB. */
    private static final String IMPOSSIBLE_HEAP = "-Xms100000g";

    @Test
    void aProgramThatStartsProcessesInALoopIsRefusedAtTheLimitAndGoesOn() throws Exception {
        Programs.Result result = Programs.runAsRoot(List.of("-Dmpgrade.maxProcesses=3"), ProcessLoop.class);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("started 2, then: cannot start Process-3: 3 processes of this program are already running, "
                + "the most allowed (mpgrade.maxProcesses). Does a loop start processes without end, or start them "
                + "without joining the ones that finished?", "all joined"), result.out());
    }

    /** {@link StartErrors}: mistakes in a program's use of {@link Process}. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MisusedProcesses {
        private Programs.Launched program;

        @BeforeAll
        void runTheProgram() throws Exception {
            program = Programs.launch(StartErrors.class);
            program.awaitEnd().assertSucceeded();
        }

        @AfterAll
        void endIt() {
            if (program != null) {
                program.close();
            }
        }

        private String lineStarting(String prefix) {
            return program.lines().stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starts with \"" + prefix + "\": " + program.lines()));
        }

        @Test
        void aProcessWithANonSerializableFieldFailsInStartNamingTheFieldAndTheClass() {
            String line = lineStarting("start() of a process with a non-serializable field: ");
            assertTrue(line.contains("ProcessStartException: Process-1 (io.github.mpgrade.samples.errors.StartErrors$Holder)"
                    + " cannot be copied to the new process: its field 'notSerializable' (declared in"
                    + " io.github.mpgrade.samples.errors.StartErrors$Holder) holds a java.lang.Object, which is not"
                    + " Serializable."), line);
            assertTrue(line.contains("mark the field transient"), line);
        }

        @Test
        void aLambdaThatCapturesSomethingNonSerializableFailsInStartSayingSo() {
            String line = lineStarting("start() of a lambda that captures a Thread: ");
            assertTrue(line.contains("ProcessStartException: Process-2 (io.github.mpgrade.multiprocessing.Process)"
                    + " cannot be copied to the new process: its field 'target.arg$1'"), line);
            assertTrue(line.contains("holds a java.lang.Thread, which is not Serializable. The lambda captures it"), line);
        }

        @Test
        void joinPidAndTerminateBeforeStartThrowIllegalStateException() {
            assertEquals("join() before start(): IllegalStateException: can only join a started process: call start()"
                    + " on Process-3 first", lineStarting("join() before start(): "));
            assertEquals("join(Duration) before start(): IllegalStateException: can only join a started process:"
                    + " call start() on Process-3 first", lineStarting("join(Duration) before start(): "));
            assertEquals("pid() before start(): IllegalStateException: can only ask for the pid of a started process:"
                    + " call start() on Process-3 first", lineStarting("pid() before start(): "));
            assertEquals("terminate() before start(): IllegalStateException: can only terminate a started process:"
                    + " call start() on Process-3 first", lineStarting("terminate() before start(): "));
            assertEquals("before start(): exitCode() = null, isAlive() = false", lineStarting("before start(): "));
        }

        @Test
        void startTwiceAndSetDaemonAfterStartThrowIllegalStateException() {
            assertEquals("start() twice: IllegalStateException: cannot start a process twice: Process-3 was already"
                    + " started", lineStarting("start() twice: "));
            assertEquals("setDaemon() after start(): IllegalStateException: cannot change the daemon flag of"
                    + " Process-3: it has already started", lineStarting("setDaemon() after start(): "));
            assertEquals(List.of("Process-3 runs"), program.linesOf("Process-3"));
        }

        @Test
        void aProcessCannotStartOrJoinItself() {
            assertEquals(List.of(
                    "start() of itself: IllegalStateException: a process cannot start itself: Process-4 is already"
                            + " running",
                    "join() of itself: IllegalStateException: a process cannot join itself: Process-4 is still running"),
                    program.linesOf("Process-4"));
        }

        @Test
        void processStartExceptionIsUnchecked() {
            assertEquals("ProcessStartException is unchecked: true", program.lines().get(program.lines().size() - 1));
        }
    }

    @Nested
    class AJvmThatCannotBeLaunched {
        @Test
        void failsStartWithProcessStartExceptionSayingWhatRanOut_andTheProgramGoesOn() throws Exception {
            Programs.Result result = Programs.runAsRoot(List.of("-Dmpgrade.jvmOptions=" + IMPOSSIBLE_HEAP),
                    StartWhenTheJvmCannotStart.class);
            assertEquals(0, result.exitCode(), result.err());
            String out = String.join("\n", result.out());
            assertTrue(out.startsWith("ProcessStartException: cannot start Process-1: its JVM ran out of memory while"
                    + " starting. The JVM said:\n"), out);
            assertTrue(out.contains("Could not reserve enough space"), out);
            assertEquals("main goes on", result.out().get(result.out().size() - 1));
        }

        @Test
        void failsTheLaunchOfAProgramWithTheSameExplanation() throws Exception {
            List<String> options = new ArrayList<>(LaunchSpec.DEFAULT_JVM_OPTIONS);
            options.add(IMPOSSIBLE_HEAP);
            LaunchSpec base = LaunchSpec.ofCurrentJvm();
            LaunchSpec impossible = new LaunchSpec(base.javaExecutable(), base.classPath(), options);
            try (Coordinator coordinator = Coordinator.start(Options.defaults(impossible).withPoolSize(0)
                    .withConsole(Console.silent()))) {
                ProgramRun run = coordinator.launch(Hello.class.getName(), List.of());
                assertTrue(run.awaitEnd(Duration.ofSeconds(60)));
                String failure = run.startFailure();
                assertTrue(failure != null && failure.startsWith(
                        "cannot start MainProcess: its JVM ran out of memory while starting."), failure);
                assertTrue(run.log().outputLines().isEmpty());
            }
            Programs.assertNoSurvivors(ProcessHandle.current());
        }
    }

    @Nested
    class AChildThatCannotReachItsCoordinator {
        private java.lang.Process childMain(boolean withEnvironment) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ChildMain.class.getName());
            builder.environment().remove(ChildLaunch.WARM_UP_VARIABLE);
            builder.environment().remove("MPGRADE_COORDINATOR");
            builder.environment().remove("MPGRADE_TOKEN");
            if (withEnvironment) {
                builder.environment().put("MPGRADE_COORDINATOR", "unix:/nonexistent/x.sock");
                builder.environment().put("MPGRADE_TOKEN", "x");
            }
            return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }

        private String endOf(java.lang.Process process) throws Exception {
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the child JVM did not stop");
            return err;
        }

        @Test
        void exitsAtOnceWithStatus70AndSaysWhy() throws Exception {
            java.lang.Process child = childMain(true);
            String err = endOf(child);
            assertEquals(ChildMain.LOST_COORDINATOR_STATUS, child.exitValue(), err);
            assertEquals(70, ChildMain.LOST_COORDINATOR_STATUS);
            assertTrue(err.startsWith("mpgrade: this process cannot reach the coordinator that started it at"
                    + " unix:/nonexistent/x.sock ("), err);
            assertTrue(err.trim().endsWith("the program it belongs to has probably ended, so it stops now."), err);
        }

        @Test
        void startedByHandWithoutACoordinatorSaysWhatToRunInstead() throws Exception {
            java.lang.Process child = childMain(false);
            String err = endOf(child);
            assertEquals(2, child.exitValue(), err);
            assertTrue(err.contains("Run your program's own main class instead."), err);
        }
    }
}
