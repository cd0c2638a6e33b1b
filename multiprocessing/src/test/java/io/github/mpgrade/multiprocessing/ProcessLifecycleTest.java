package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.processes.DaemonsAndWaiting;
import io.github.mpgrade.samples.processes.ExitCodes;
import io.github.mpgrade.samples.processes.Identities;
import io.github.mpgrade.samples.processes.PreloadedMain;
import io.github.mpgrade.samples.processes.ShutdownHookChild;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A {@link Process}'s life, as Python's: its exit code, its identity, and how its end waits for its children. */
class ProcessLifecycleTest {

    /** {@link ExitCodes}: Process-1 throws, Process-2 returns, Process-3 calls System.exit(7), 4 and 5 wait for ever. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ExitCodesAsInPython {
        private Programs.Launched program;

        @BeforeAll
        void runTheProgram() throws Exception {
            program = Programs.launch(ExitCodes.class);
            program.awaitEnd().assertSucceeded();
        }

        @AfterAll
        void endIt() {
            if (program != null) {
                program.close();
            }
        }

        @Test
        void beforeStartTheExitCodeIsNullAndTheProcessIsNotAlive() {
            assertEquals("before start(): exitCode() = null, isAlive() = false", program.lines().get(0));
        }

        @Test
        void whileRunningTheExitCodeIsNull_itIsAlive_andATimedJoinReturnsFalse() {
            program.assertPrinted("Process-4 while running: exitCode() = null, isAlive() = true, join(100 ms) = false");
            program.assertPrinted("Process-5 while running: exitCode() = null, isAlive() = true, join(100 ms) = false");
        }

        @Test
        void aNormalReturnFromRunGivesExitCode0() {
            program.assertPrinted("Process-2 ended: exitCode() = 0, isAlive() = false, join(100 ms) = true");
            assertEquals(List.of("Process-2 runs and returns"), program.linesOf("Process-2"));
        }

        @Test
        void anUncaughtExceptionGivesExitCode1AfterItsStackTraceUnderProcessName() {
            program.assertPrinted("Process-1 ended: exitCode() = 1, isAlive() = false, join(100 ms) = true");
            List<String> stderr = program.errorLinesOf("Process-1");
            assertTrue(stderr.size() >= 3, stderr::toString);
            assertEquals("Process Process-1:", stderr.get(0));
            assertEquals("java.lang.IllegalArgumentException: boom from run()", stderr.get(1));
            assertTrue(stderr.get(2).matches("\\tat io\\.github\\.mpgrade\\.samples\\.processes\\.ExitCodes\\."
                    + "lambda\\$main\\$[\\w$]+\\(ExitCodes\\.java:\\d+\\)"), stderr.get(2));
            assertEquals(1, program.exitOf("Process-1").exitCode());
        }

        @Test
        void systemExitInRunGivesItsStatus() {
            program.assertPrinted("Process-3 ended: exitCode() = 7, isAlive() = false, join(100 ms) = true");
            assertEquals(7, program.exitOf("Process-3").exitCode());
        }

        @Test
        void terminateGivesMinus15AndKillGivesMinus9() {
            program.assertPrinted("Process-4 ended: exitCode() = -15, isAlive() = false, join(100 ms) = true");
            program.assertPrinted("Process-5 ended: exitCode() = -9, isAlive() = false, join(100 ms) = true");
        }
    }

    /** {@link Identities}: main (counter set to 99) starts Process-1 and Process-2; Process-1 starts Process-1:1. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class NamesPidsAndStatics {
        private static final Pattern REPORT = Pattern.compile(
                "I am (\\S+): pid (\\d+), Process.current\\(\\).pid\\(\\) (\\d+), counter (\\d+)");
        private Programs.Launched program;
        private final Map<String, Long> pids = new HashMap<>();
        private final Map<String, Integer> counters = new HashMap<>();

        @BeforeAll
        void runTheProgram() throws Exception {
            program = Programs.launch(Identities.class);
            program.awaitEnd().assertSucceeded();
            for (String line : program.lines()) {
                Matcher m = REPORT.matcher(line);
                if (m.matches()) {
                    assertEquals(m.group(2), m.group(3), "Process.current().pid() is the JVM's own pid: " + line);
                    pids.put(m.group(1), Long.parseLong(m.group(2)));
                    counters.put(m.group(1), Integer.parseInt(m.group(4)));
                }
            }
        }

        @AfterAll
        void endIt() {
            if (program != null) {
                program.close();
            }
        }

        @Test
        void processesAreNamedProcessNInTheirParent_andAGrandchildProcessNColonM() {
            assertEquals(Set.of("MainProcess", "Process-1", "Process-2", "Process-1:1"), pids.keySet(),
                    program.lines()::toString);
            assertTrue(program.linesOf("Process-1").get(0).startsWith("I am Process-1: "));
            assertTrue(program.linesOf("Process-1:1").get(0).startsWith("I am Process-1:1: "));
        }

        @Test
        void everyProcessHasAPidOfItsOwn_andItsParentSeesThatPid() {
            assertEquals(4, new HashSet<>(pids.values()).size(), pids::toString);
            assertTrue(program.lines().contains("main started Process-1 with pid " + pids.get("Process-1")));
            assertTrue(program.lines().contains("main started Process-2 with pid " + pids.get("Process-2")));
            assertTrue(program.lines().contains("Process-1 started Process-1:1 with pid " + pids.get("Process-1:1")));
            for (TraceEvent.ProcessStart start : program.events(TraceEvent.ProcessStart.class)) {
                assertEquals(pids.get(start.process()), start.pid(), start::toString);
            }
        }

        @Test
        void staticsStartFreshInEachChildWhateverTheParentChanged() {
            assertEquals(Map.of("MainProcess", 99, "Process-1", 10, "Process-2", 10, "Process-1:1", 10), counters);
        }
    }

    /**
     * {@link DaemonsAndWaiting}: main starts Process-1 and returns; Process-1 starts a daemon Process-1:1 that
     * waits for ever and Process-1:2 that finishes only after Process-1's run() has returned, then returns.
     */
    @Nested
    class TheEndOfAProcess {
        @Test
        void waitsForItsNonDaemonChildrenAndTerminatesItsDaemonOnes() throws Exception {
            try (Programs.Launched program = Programs.launch(DaemonsAndWaiting.class)) {
                program.awaitEnd().assertSucceeded();
                assertEquals(List.of("Process-1:2 finished after its parent's run() returned"),
                        program.linesOf("Process-1:2"));
                TraceEvent.ProcessExit worker = program.exitOf("Process-1:2");
                TraceEvent.ProcessExit daemon = program.exitOf("Process-1:1");
                TraceEvent.ProcessExit parent = program.exitOf("Process-1");
                TraceEvent.ProcessExit main = program.exitOf("MainProcess");
                assertEquals(0, worker.exitCode());
                assertEquals(-15, daemon.exitCode(), "the daemon is terminated (SIGTERM)");
                assertEquals(0, parent.exitCode());
                assertTrue(worker.seq() < parent.seq(), "Process-1 ended before its non-daemon child");
                assertTrue(daemon.seq() < parent.seq(), "Process-1 ended before its daemon child was gone");
                assertTrue(parent.seq() < main.seq(), "main ended before its non-daemon child");
                assertTrue(program.seqOf("Process-1 returns from run() without joining its children")
                        < program.seqOf("Process-1:2 finished after its parent's run() returned"));
            }
        }

        /**
         * A join need not wait for a child JVM's own exit (~13 ms) once its process is over, but a
         * shutdown hook the process added runs at that exit: then the join waits for it.
         */
        @Test
        void aChildsShutdownHookHasRunWhenItsParentsJoinReturns(@TempDir Path folder) throws Exception {
            Path written = folder.resolve("hook.txt");
            Programs.Result result = Programs.runAsRoot(ShutdownHookChild.class, written.toString());
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(List.of("after join, exit code 0, the hook's file: true"), result.out(), result.err());
        }

        @Test
        void aChildsJvmLoadsTheMainClassBeforehand_butTheChildIsFirstToInitializeIt() throws Exception {
            Programs.Result result = Programs.runAsRoot(PreloadedMain.class);
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(List.of("the static initializer ran", "the static initializer ran", "the child ran"),
                    result.out(), "the main JVM's line, then the child's own: " + result.err());
        }

        @Test
        void waitsForItsNonDaemonChildrenAlsoInAProgramRunAsItsOwnRoot() throws Exception {
            Programs.Result result = Programs.runAsRoot(DaemonsAndWaiting.class);
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(Set.of("main returns without joining Process-1",
                    "Process-1 returns from run() without joining its children",
                    "Process-1:2 finished after its parent's run() returned"), Set.copyOf(result.out()),
                    () -> result.out() + "\n" + result.err());
            assertEquals(3, result.out().size(), result.out()::toString);
        }
    }
}
