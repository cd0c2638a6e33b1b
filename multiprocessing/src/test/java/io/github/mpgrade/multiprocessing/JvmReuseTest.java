package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.JvmChoice;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.reuse.CountingLater;
import io.github.mpgrade.samples.reuse.CountingProcesses;
import io.github.mpgrade.samples.reuse.DeadlockedInTry;
import io.github.mpgrade.samples.reuse.MisbehavingChild;
import io.github.mpgrade.samples.reuse.NumberedProcesses;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With JVM reuse a child JVM whose process ended cleanly runs a process of a later program, its
 * classes in a fresh class loader and the runtime's shared but set back: statics start fresh as in
 * a new JVM, the processes of one program are still
 * separate OS processes, and a JVM whose process ended in any other way is never used again.
 */
class JvmReuseTest {
    /** Always the first task that may go: a controlled run that needs no randomness. */
    private static final Scheduler FIRST_ENABLED = (enabled, step) -> enabled.get(0);
    private static final int RUNS = 5;

    private Coordinator coordinator;

    @BeforeEach
    void startCoordinator() throws Exception {
        coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm()).withPoolSize(1)
                .withConsole(Console.silent()).withJvmReuse(true));
    }

    @AfterEach
    void closeCoordinator() {
        coordinator.close();
    }

    @Test
    void everyProcessOfEveryRunSeesItsStaticsFresh_whileTheJvmsAreReusedAcrossRuns() throws Exception {
        Map<Long, Integer> runOfPid = new HashMap<>();
        boolean reusedAcrossRuns = false;
        for (int number = 0; number < RUNS; number++) {
            ProgramRun run = runToEnd(CountingProcesses.class, "2");
            assertEquals(Integer.valueOf(0), run.exitCode());
            assertEquals(List.of("root counter 1", "child-1 counter 1", "child-2 counter 1"), run.log().outputLines(),
                    "run " + number + ": a static counter starts at 0 in every process");
            for (long pid : pids(run)) {
                reusedAcrossRuns |= runOfPid.containsKey(pid);
                runOfPid.put(pid, number);
            }
        }
        assertTrue(reusedAcrossRuns, "no JVM ran processes of two runs: " + runOfPid);
    }

    /**
     * A process whose classes have no static state passes them on to its JVM's next process; one
     * that loads a class with state passes nothing on, though it was given its classes itself.
     */
    @Test
    void aClassWithStaticStateStartsFresh_evenWhenItsProcessWasGivenTheClassesOfAnEarlierOne() throws Exception {
        Set<Long> jvms = new HashSet<>();
        // Some JVM runs at least three of the eight that count (one run takes one JVM of at most three).
        for (String how : List.of("plain", "count", "count", "count", "count", "count", "count", "count", "count")) {
            ProgramRun run = runToEnd(CountingLater.class, how);
            assertEquals(List.of(how.equals("count") ? "tally 1" : "plain"), run.log().outputLines(), how);
            jvms.addAll(pids(run));
        }
        assertTrue(jvms.size() <= 3, "9 runs of one process each took " + jvms.size() + " JVMs: " + jvms);
    }

    @Test
    void theRuntimeIsLoadedOncePerJvm_yetEveryProcessFindsItAsAFreshJvmWould() throws Exception {
        List<String> fresh = List.of(
                "MainProcess children 0 shared runtime true",
                "Process-1 children 0 shared runtime true", "Process-1:1 children 0 shared runtime true",
                "Process-2 children 0 shared runtime true", "Process-2:1 children 0 shared runtime true");
        Map<Long, Integer> runOfPid = new HashMap<>();
        boolean reusedAcrossRuns = false;
        for (int number = 0; number < RUNS; number++) {
            ProgramRun run = runToEnd(NumberedProcesses.class);
            assertEquals(Integer.valueOf(0), run.exitCode(), () -> run.log().events().toString());
            assertEquals(fresh, run.log().outputLines(), "run " + number);
            for (long pid : pids(run)) {
                reusedAcrossRuns |= runOfPid.containsKey(pid);
                runOfPid.put(pid, number);
            }
        }
        assertTrue(reusedAcrossRuns, "no JVM ran processes of two runs: " + runOfPid);
    }

    /**
     * The root's JVM is dismissed as the program ends, when the next program may already be
     * starting: its dismissal must still reach it, or it waits for it for ever, a JVM lost per run.
     */
    @Test
    void theRootsJvmComesBackToThePoolAfterEveryRun_soRunAfterRunReusesTheSameFewJvms() throws Exception {
        Set<Long> jvms = new HashSet<>();
        for (int number = 0; number < 8; number++) {
            ProgramRun run = runToEnd(CountingProcesses.class, "0");
            assertEquals(List.of("root counter 1"), run.log().outputLines());
            jvms.addAll(pids(run));
        }
        assertTrue(jvms.size() <= 3, "8 runs of one process each took " + jvms.size() + " JVMs: " + jvms);
    }

    @Test
    void aProgramLaunchedInFreshJvmsRunsInNoJvmThatRanAProcessBefore_andItsJvmsServeLaterProgramsAgain()
            throws Exception {
        Set<Long> used = new HashSet<>();
        for (int number = 0; number < 3; number++) {
            used.addAll(pids(runToEnd(CountingProcesses.class, "2")));
        }
        ProgramRun fresh = coordinator.launch(CountingProcesses.class.getName(), List.of("2"), FIRST_ENABLED,
                JvmChoice.FRESH);
        assertTrue(fresh.awaitEnd(Duration.ofSeconds(60)), "the program did not end");
        List<Long> freshPids = pids(fresh);
        assertEquals(3, freshPids.size(), "the root and its two children");
        assertTrue(freshPids.stream().noneMatch(used::contains), "fresh " + freshPids + ", used before " + used);
        Set<Long> later = new HashSet<>();
        for (int number = 0; number < 3; number++) {
            later.addAll(pids(runToEnd(CountingProcesses.class, "2")));
        }
        assertTrue(later.stream().anyMatch(pid -> used.contains(pid) || freshPids.contains(pid)),
                "the pooled runs after it reuse JVMs again: " + later);
    }

    /**
     * With no JVM kept ready, the next run's root starts while the last run's JVM is still coming
     * back: it waits for that one rather than have one launched for it.
     */
    @Test
    void aProcessThatFindsNoIdleJvm_waitsForOneComingBack_ratherThanLaunchingAnother() throws Exception {
        Set<Long> jvms = new HashSet<>();
        try (Coordinator noneReady = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm()).withPoolSize(0)
                .withConsole(Console.silent()).withJvmReuse(true))) {
            for (int number = 0; number < 10; number++) {
                ProgramRun run = noneReady.launch(CountingProcesses.class.getName(), List.of("0"), FIRST_ENABLED);
                assertTrue(run.awaitEnd(Duration.ofSeconds(60)), "the program did not end");
                assertEquals(List.of("root counter 1"), run.log().outputLines());
                jvms.addAll(pids(run));
            }
        }
        // one, or two where a loaded machine kept one coming back longer than a process waits
        assertTrue(jvms.size() <= 2, "10 runs of one process each, one after the other, took JVMs " + jvms);
    }

    /**
     * A run that deadlocks ends with every thread waiting in the library: its processes are ended
     * without a kill, unwinding, and logged as killed; their JVMs serve the next runs, and nothing
     * they do while they unwind reaches the log.
     */
    @Test
    void aDeadlockedRunsProcessesEndAsKilled_yetTheirJvmsServeTheNextRuns_andTheirUnwindingIsNotLogged()
            throws Exception {
        Set<Long> jvms = new HashSet<>();
        for (int number = 0; number < 4; number++) {
            ProgramRun run = runToEnd(DeadlockedInTry.class);
            assertTrue(run.deadlock().isPresent(), () -> "no deadlock: " + run.log().events());
            assertEquals(List.of(), run.log().outputLines(), "run " + number + ": printed after its verdict");
            assertEquals(List.of(-9, -9, -9), run.log().events(TraceEvent.ProcessExit.class).stream()
                    .map(TraceEvent.ProcessExit::exitCode).toList(), "run " + number);
            jvms.addAll(pids(run));
        }
        // three processes a run, and the pool's one
        assertTrue(jvms.size() <= 4, "4 deadlocked runs of 3 processes took " + jvms.size() + " JVMs: " + jvms);
    }

    @Test
    void noTwoProcessesOfOneRunShareAJvm_evenWhenAnEarlierChildsJvmIsBackInThePool() throws Exception {
        for (int number = 0; number < 3; number++) {
            ProgramRun run = coordinator.launch(CountingProcesses.class.getName(), List.of("4", "300")); // free run
            assertTrue(run.awaitEnd(Duration.ofSeconds(60)), "the program did not end");
            List<Long> pids = pids(run);
            assertEquals(5, pids.size());
            assertEquals(pids.size(), new HashSet<>(pids).size(), "run " + number + " shares a JVM: " + pids);
        }
    }

    @ParameterizedTest(name = "a child that ends by {0}")
    @CsvSource({"thread, 0", "hook, 0", "exit, 3", "kill, -9", "oom, 1"})
    void aJvmWhoseProcessDidNotEndCleanlyIsNeverReused_andTheNextRunsAreUnaffected(String how, int exitCode)
            throws Exception {
        ProgramRun bad = runToEnd(MisbehavingChild.class, how);
        assertEquals(List.of("exit code " + exitCode), bad.log().outputLines());
        long badPid = pidOf(bad, "misbehaving");
        Set<Long> later = new HashSet<>();
        for (int number = 0; number < RUNS; number++) {
            ProgramRun run = runToEnd(CountingProcesses.class, "2");
            assertEquals(Integer.valueOf(0), run.exitCode(), () -> "after the child that ended by " + how + ": "
                    + run.log().events());
            assertEquals(List.of("root counter 1", "child-1 counter 1", "child-2 counter 1"), run.log().outputLines());
            later.addAll(pids(run));
        }
        assertFalse(later.contains(badPid), "the JVM of the child that ended by " + how + " ran again");
        assertFalse(ProcessHandle.of(badPid).map(ProcessHandle::isAlive).orElse(false),
                "the JVM of the child that ended by " + how + " is still alive");
    }

    private ProgramRun runToEnd(Class<?> main, String... args) throws InterruptedException {
        ProgramRun run = coordinator.launch(main.getName(), List.of(args), FIRST_ENABLED);
        assertTrue(run.awaitEnd(Duration.ofSeconds(60)), "the program did not end");
        return run;
    }

    private static List<Long> pids(ProgramRun run) {
        return run.log().events(TraceEvent.ProcessStart.class).stream().map(TraceEvent.ProcessStart::pid)
                .collect(Collectors.toList());
    }

    private static long pidOf(ProgramRun run, String process) {
        return run.log().events(TraceEvent.ProcessStart.class).stream().filter(e -> e.process().equals(process))
                .findFirst().orElseThrow().pid();
    }
}
