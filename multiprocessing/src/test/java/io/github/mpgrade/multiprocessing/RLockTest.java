package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.primitives.RLockOwnership;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An {@link RLock}: re-entrant for its owner, released only by its owner, as often as acquired. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RLockTest {
    private static final String NOT_THE_OWNER = "release() threw IllegalStateException: cannot release un-acquired"
            + " lock: an RLock can only be released by the thread that acquired it (MainProcess (thread main) holds it)";

    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(RLockOwnership.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void theOwnerMayAcquireItAgainWithoutBlocking() {
        assertEquals("main acquired the RLock twice without blocking", program.lines().get(0));
    }

    @Test
    void anotherProcessCanNeitherTakeNorReleaseIt() {
        assertEquals(List.of("another process: tryAcquire() = false", "another process: " + NOT_THE_OWNER),
                program.linesOf("Process-1"));
    }

    @Test
    void anotherThreadOfTheOwnersProcessCannotReleaseItEither() {
        assertTrue(program.lines().contains("another thread of main: " + NOT_THE_OWNER), program.lines()::toString);
    }

    @Test
    void itMustBeReleasedAsManyTimesAsItWasAcquired() {
        assertEquals(List.of("after 1 of 2 releases, another process: tryAcquire() = false"),
                program.linesOf("Process-2"));
        assertEquals(List.of("after 2 of 2 releases, another process: tryAcquire() = true"),
                program.linesOf("Process-3"));
    }

    @Test
    void releasingItMoreTimesThanAcquiredThrowsIllegalStateException() {
        assertEquals("a third release by main: release() threw IllegalStateException: cannot release un-acquired lock:"
                + " an RLock can only be released by the thread that acquired it", program.lines().get(program.lines().size() - 1));
    }
}
