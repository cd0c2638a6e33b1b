package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.primitives.SharedCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@link Value} shared by processes: {@link SharedCounter}, with and without {@code getLock()}. */
class ValueTest {

    @Test
    void twoProcessesAdding200EachUnderGetLockReachExactly400_andASetValueIsWhatAnotherProcessReads()
            throws Exception {
        try (Programs.Launched program = Programs.launch(SharedCounter.class, "locked", "200")) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("total 400", "exit codes 0 0", "main then reads: set by Process-3"),
                    program.linesOf("MainProcess"));
            assertEquals(List.of("Process-3 reads: set by main"), program.linesOf("Process-3"));
        }
    }

    /** Without the lock updates may be lost; how many depends on the schedule, so only the range is certain. */
    @Test
    void withoutTheLockTheProgramStillEnds_withATotalThatMayHaveLostUpdates() throws Exception {
        try (Programs.Launched program = Programs.launch(SharedCounter.class, "unlocked", "200")) {
            program.awaitEnd().assertSucceeded();
            String total = program.linesOf("MainProcess").get(0);
            assertTrue(total.startsWith("total "), total);
            int value = Integer.parseInt(total.substring("total ".length()));
            assertTrue(value >= 2 && value <= 400, total);
            assertEquals("exit codes 0 0", program.linesOf("MainProcess").get(1));
        }
    }
}
