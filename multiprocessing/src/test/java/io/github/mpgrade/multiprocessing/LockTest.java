package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Patience;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.primitives.LockAcrossProcesses;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A {@link Lock} across processes, as Python's {@code multiprocessing.Lock}: one program, {@link LockAcrossProcesses}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(LockAcrossProcesses.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void whileOneProcessHoldsTheLockTryAcquireInAnotherIsFalse() {
        assertEquals(List.of("tryAcquire() while main holds it: false", "acquire(100 ms) while main holds it: false"),
                program.linesOf("Process-1"));
    }

    @Test
    void aTimedAcquireOfAHeldLockTimesOutAndReturnsFalse() {
        List<TraceEvent.AcquireTimeout> timeouts = program.events(TraceEvent.AcquireTimeout.class).stream()
                .filter(e -> e.task().processName().equals("Process-1")).toList();
        assertEquals(2, timeouts.size(), "the try and the timed acquire: " + timeouts);
        TraceEvent timedRequest = program.events(TraceEvent.AcquireRequest.class).stream()
                .filter(e -> e.task().processName().equals("Process-1")
                        && e.patience().equals(Patience.atMost(Duration.ofMillis(100)))).findFirst().orElseThrow();
        assertTrue(timedRequest.seq() < timeouts.get(1).seq());
    }

    @Test
    void aProcessOtherThanTheAcquirerMayReleaseTheLockAndThatLetsAWaiterIn() {
        assertEquals(List.of("Process-2 released the lock main acquired"), program.linesOf("Process-2"));
        assertTrue(program.lines().contains("main acquired the lock again"));
        TraceEvent release = program.events(TraceEvent.Release.class).stream()
                .filter(e -> e.task().processName().equals("Process-2")).findFirst().orElseThrow();
        List<TraceEvent.AcquireGrant> mainGrants = program.events(TraceEvent.AcquireGrant.class).stream()
                .filter(e -> e.task().processName().equals("MainProcess")).toList();
        assertTrue(release.seq() < mainGrants.get(1).seq(),
                "main's second acquire is granted only after Process-2's release: " + program.run().log().events());
    }

    @Test
    void aTimedAcquireSucceedsWhenAnotherProcessReleasesInTime() {
        assertEquals("acquire(30 s) once main releases: true", program.linesOf("Process-3").get(0));
    }

    @Test
    void releasingAnUnlockedLockThrowsIllegalStateExceptionWithASentenceInAnyProcess() {
        String expected = "IllegalStateException: release unlocked lock: Lock-1 is not held by anyone";
        assertEquals("a second release by Process-3: " + expected, program.linesOf("Process-3").get(1));
        assertTrue(program.lines().contains("a release by main of the free lock: " + expected), program.lines()::toString);
    }

    @Test
    void aRefusedReleaseChangesNothing() {
        assertTrue(program.lines().contains("tryAcquire() of the free lock: true"), program.lines()::toString);
    }
}
