package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.primitives.SemaphoreCounting;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@link Semaphore} and {@link BoundedSemaphore} across processes: one program, {@link SemaphoreCounting}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemaphoreTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(SemaphoreCounting.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void permitsTakenInOneProcessAreGoneForEveryOther() {
        assertEquals(List.of("Process-1 took 2 permits; tryAcquire() for a third = false"), program.linesOf("Process-1"));
        assertTrue(program.lines().contains("main, after Process-1 ended holding both: tryAcquire() = false"),
                program.lines()::toString);
    }

    @Test
    void aSemaphoreMayBeReleasedByAnyProcessAndBeyondItsStartValue() {
        assertEquals(List.of("Process-2 released 3 permits it never acquired"), program.linesOf("Process-2"));
        assertTrue(program.lines().contains("main then took 3 permits"), program.lines()::toString);
    }

    @Test
    void aTimedAcquireWithNoPermitTimesOutAndABlockedAcquireIsWokenByAReleaseInAnotherProcess() {
        assertEquals(List.of("Process-3: acquire(100 ms) with no permit free = false",
                "Process-3 acquired the permit main released"), program.linesOf("Process-3"));
    }

    @Test
    void neverMoreProcessesHoldPermitsThanThereArePermits() {
        int inside = 0;
        int entries = 0;
        for (String line : program.lines()) {
            if (line.startsWith("in ")) {
                inside++;
                entries++;
                assertTrue(inside <= 2, "three processes inside at once: " + program.lines());
            } else if (line.startsWith("out ")) {
                inside--;
            }
        }
        assertEquals(9, entries);
        assertEquals(0, inside);
    }

    @Test
    void aBoundedSemaphoreRefusesAReleaseBeyondItsStartValueWithIllegalStateException() {
        assertEquals(List.of("Process-7 returned the permit main took",
                "Process-7 releasing a full BoundedSemaphore: IllegalStateException: semaphore or lock released too"
                        + " many times: BoundedSemaphore-1 already has its 2 permits"), program.linesOf("Process-7"));
        assertEquals("main: BoundedSemaphore(2) then gives tryAcquire() = true, true, false",
                program.lines().get(program.lines().size() - 1));
    }
}
