package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.sandbox.Protection;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
    private static final List<SubmissionRecord> RECORDS = List.of(
            SubmissionFolders.record("ann", 100, Map.of(), List.of()),
            SubmissionFolders.record("ben", 75, Map.of(), List.of("philosophers/noDeadlock")),
            SubmissionFolders.record("cid", 60, Map.of(), List.of("philosophers/noDeadlock", "pingpong/alternates")),
            new SubmissionRecord("dan", SubmissionRecord.Outcome.DOES_NOT_COMPILE, 0, 100, Map.of(),
                    List.of("counter/hello", "philosophers/noDeadlock", "pingpong/alternates"),
                    "The submission does not compile (1 error):\nlab/A.java:1: error: | expected", "f", Duration.ZERO));

    @Test
    void countsOutcomesAndGivesTheSpreadOfScores() {
        String summary = BatchSummary.markdown(RECORDS, Set.of());
        assertTrue(summary.contains("4 submissions: 3 graded, 1 did not compile."), summary);
        assertTrue(summary.contains("Mean 58.75 %, median 67.5 %, lowest 0 %, highest 100 %."), summary);
    }

    @Test
    void theDistributionHasABandPerTenPercent() {
        String summary = BatchSummary.markdown(RECORDS, Set.of());
        assertTrue(summary.contains("| 100 % | 1 | " + "█".repeat(30) + " |"), summary);
        assertTrue(summary.contains("| 70–79 % | 1 |"), summary);
        assertTrue(summary.contains("| 60–69 % | 1 |"), summary);
        assertTrue(summary.contains("| 0–9 % | 1 |"), summary);
        assertTrue(summary.contains("| 90–99 % | 0 |  |"), summary);
        assertEquals(9, BatchSummary.band(99.99), "only full marks are in the 100 % band");
    }

    @Test
    void theMostFailedChecksComeFirstThenByName() {
        List<SubmissionRecord> records = new java.util.ArrayList<>(RECORDS);
        records.add(SubmissionFolders.record("eva", 90, Map.of(), List.of("counter/hello", "pingpong/alternates")));
        String summary = BatchSummary.markdown(records, Set.of());
        int deadlock = summary.indexOf("| philosophers/noDeadlock | 2 of 4 (50 %) |");
        int alternates = summary.indexOf("| pingpong/alternates | 2 of 4 (50 %) |");
        int hello = summary.indexOf("| counter/hello | 1 of 4 (25 %) |");
        assertTrue(deadlock > 0 && deadlock < alternates && alternates < hello, summary);
    }

    @Test
    void aSubmissionThatDidNotCompileCountsForNoCheck() {
        String summary = BatchSummary.markdown(RECORDS, Set.of());
        assertTrue(summary.contains("| philosophers/noDeadlock | 2 of 3 (67 %) |"), "dan's checks never ran: " + summary);
        assertTrue(!summary.contains("| counter/hello |"), summary);
    }

    @Test
    void submissionsWhoseGradingDidNotFinishAreListedWithTheFirstLineOfWhy() {
        String summary = BatchSummary.markdown(RECORDS, Set.of());
        assertTrue(summary.contains("| dan | The submission does not compile (1 error): |"), summary);
        assertTrue(!summary.contains("\\| expected"), "only the first line: " + summary);
    }

    @Test
    void anEmptyBatchSaysSo() {
        assertEquals("# Batch grading summary\n\n" + BatchSummary.inForce(Set.of()) + "\n\nNo submissions were graded.\n",
                BatchSummary.markdown(List.of(), Set.of()));
    }

    @Test
    void saysWhichProtectionsHeldTheSubmissionsIn() {
        String boxed = BatchSummary.markdown(RECORDS, EnumSet.allOf(Protection.class));
        String plain = BatchSummary.markdown(RECORDS, Set.of());

        assertTrue(boxed.contains("Sandbox (bubblewrap): each submission ran with its own PID namespace"), boxed);
        assertTrue(boxed.contains("no network"), boxed);
        assertTrue(plain.contains("No sandbox: each submission ran with the grading's limits"), plain);
    }
}
