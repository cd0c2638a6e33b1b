package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Console;
import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.LaunchSpec;
import io.github.mpgrade.multiprocessing.coordinator.Options;
import io.github.mpgrade.multiprocessing.coordinator.ProgramRun;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.fastpath.KilledHolder;
import io.github.mpgrade.samples.fastpath.LockHammer;
import io.github.mpgrade.samples.fastpath.OneWakeUpPerRelease;
import io.github.mpgrade.samples.fastpath.ValuesInTurn;
import io.github.mpgrade.samples.primitives.ConditionSignals;
import io.github.mpgrade.samples.primitives.LockAcrossProcesses;
import io.github.mpgrade.samples.primitives.RLockOwnership;
import io.github.mpgrade.samples.primitives.SemaphoreCounting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A free run's locks and semaphores live in shared memory (the fast path): they keep their
 * semantics under load and when a process dies, and the log is what the coordinator would have
 * logged had every call gone through it.
 */
class FastPathTest {

    @Test
    void manyProcessesHammeringOneLockAndOneSemaphoreKeepExactTotals() throws Exception {
        try (Programs.Launched program = Programs.launch(LockHammer.class, "4", "150")) {
            program.awaitEnd().assertSucceeded();
            assertEquals("total 600", program.lines().get(0));
            assertTrue(program.lines().get(1).matches("at most [12] held a permit at once"), program.lines()::toString);
            assertEquals("free permits 2, locked false", program.lines().get(2));
        }
    }

    @Test
    void theLogShowsTheLockHeldByOneTaskAtATimeInTheOrderTheProcessesTookIt() throws Exception {
        try (Programs.Launched program = Programs.launch(LockHammer.class, "3", "100")) {
            program.awaitEnd().assertSucceeded();
            String holder = null;
            int grants = 0;
            for (TraceEvent event : program.run().log().events()) {
                if (event instanceof TraceEvent.AcquireGrant grant && grant.object().name().equals("Lock-1")) {
                    assertEquals(null, holder, "granted to " + grant.task() + " while " + holder + " holds it");
                    holder = grant.task().toString();
                    grants++;
                } else if (event instanceof TraceEvent.Release release && release.object().name().equals("Lock-1")) {
                    assertEquals(holder, release.task().toString(), "a release by a task that does not hold it");
                    holder = null;
                }
            }
            assertEquals(3 * 100 * 3, grants, "every acquire of the lock is in the log: 3 a round");
        }
    }

    @Test
    void aProcessKilledInTheMiddleOfItsCallsLeavesTheSemaphoreUsableAndTheOthersTotalsExact() throws Exception {
        try (Programs.Launched program = Programs.launch(KilledHolder.class)) {
            program.awaitEnd().assertSucceeded();
            List<String> survivors = program.lines().stream().filter(l -> l.startsWith("survivor")).toList();
            assertEquals(List.of("survivor rounds 2000", "survivor rounds 2000", "survivor rounds 2000"), survivors,
                    () -> program.run().log().events().stream().filter(e -> !(e instanceof TraceEvent.AcquireRequest
                            || e instanceof TraceEvent.AcquireGrant || e instanceof TraceEvent.Release))
                            .map(TraceEvent::toString).toList().toString());
            assertTrue(program.lines().contains("victim exit code -9"), program.lines()::toString);
            assertTrue(program.lines().contains("free permits 2 or 3: true"), program.lines()::toString);
        }
    }

    @Test
    void eachReleaseWakesExactlyOneWaiter() throws Exception {
        try (Programs.Launched program = Programs.launch(OneWakeUpPerRelease.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("after release 1: woken 1, free 0", "after release 2: woken 2, free 0",
                    "after release 3: woken 3, free 0", "after release 4: woken 4, free 0"), program.lines());
        }
    }

    @Test
    void aFreeRunLogsTheSameEventsForEveryTaskAsAControlledRun() throws Exception {
        for (Class<?> main : List.of(LockAcrossProcesses.class, SemaphoreCounting.class, RLockOwnership.class,
                ConditionSignals.class, ValuesInTurn.class)) {
            Map<String, List<String>> free;
            try (Programs.Launched program = Programs.launch(main)) {
                program.awaitEnd().assertSucceeded();
                free = eventsPerTask(program.run());
            }
            Map<String, List<String>> controlled;
            try (Coordinator coordinator = Coordinator.start(Options.defaults(LaunchSpec.ofCurrentJvm())
                    .withPoolSize(0).withConsole(Console.silent()))) {
                ProgramRun run = coordinator.launch(main.getName(), List.of(), (enabled, step) -> enabled.get(0));
                assertTrue(run.awaitEnd(Duration.ofSeconds(60)));
                controlled = eventsPerTask(run);
            }
            assertEquals(controlled, free, main.getSimpleName());
        }
    }

    /** Each task's calls on locks, semaphores and Values and its printed lines, in its order. */
    private static Map<String, List<String>> eventsPerTask(ProgramRun run) {
        Map<String, List<String>> perTask = new TreeMap<>();
        for (TraceEvent event : run.log().events()) {
            String shown = shown(event);
            if (shown != null) {
                perTask.computeIfAbsent(event.task().processName() + "/" + event.task().threadName(),
                        t -> new ArrayList<>()).add(shown);
            }
        }
        return perTask;
    }

    private static String shown(TraceEvent event) {
        if (event instanceof TraceEvent.AcquireRequest e) {
            return "request " + e.object().name() + " " + e.patience();
        } else if (event instanceof TraceEvent.AcquireGrant e) {
            return "grant " + e.object().name();
        } else if (event instanceof TraceEvent.AcquireTimeout e) {
            return "timeout " + e.object().name();
        } else if (event instanceof TraceEvent.Release e) {
            return "release " + e.object().name();
        } else if (event instanceof TraceEvent.Create e) {
            return "create " + e.object().name();
        } else if (event instanceof TraceEvent.ValueGet e) {
            return "get " + e.object().name() + " " + e.shown();
        } else if (event instanceof TraceEvent.ValueSet e) {
            return "set " + e.object().name() + " " + e.shown();
        } else if (event instanceof TraceEvent.Output e) {
            return "print " + e.line();
        }
        return null;
    }
}
