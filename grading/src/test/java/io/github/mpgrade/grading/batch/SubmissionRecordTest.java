package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionRecordTest {
    @TempDir
    Path temp;

    @Test
    void aReportGivesTheRowAndTheChecksThatLostPoints() {
        GradeReport report = new GradeReport(List.of(
                new ExerciseReport("counter", List.of(
                        check("hello", 10, 10, true),
                        check("shared", 5, 10, true)), Duration.ZERO),
                new ExerciseReport("pingpong", List.of(check("alternates", 0, 25, false)), Duration.ZERO)),
                Duration.ofSeconds(4), null, null, null);
        SubmissionRecord record = SubmissionRecord.of("alice", SubmissionRecord.Outcome.GRADED, report, "", "abc",
                Duration.ofSeconds(5));
        assertEquals(15, record.score());
        assertEquals(45, record.maxScore());
        assertEquals(Map.of("counter", 15.0, "pingpong", 0.0), record.exerciseScores());
        assertEquals(List.of("counter/shared", "pingpong/alternates"), record.failedChecks(),
                "a check that passed with part of its points lost points too");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        SubmissionRecord record = new SubmissionRecord("bob", SubmissionRecord.Outcome.DOES_NOT_COMPILE, 0, 100,
                Map.of("philosophers", 0.0, "counter", 12.5), List.of("counter/hello"),
                "The submission does not compile (1 error):\nlab/A.java:3: error: ';' expected", "f00d",
                Duration.ofMillis(1234));
        record.write(temp.resolve("bob"));
        assertEquals(Optional.of(record), SubmissionRecord.read(temp.resolve("bob")));
        assertTrue(Files.notExists(temp.resolve("bob/" + SubmissionRecord.FILE_NAME + ".partial")));
    }

    @Test
    void aFolderWithoutARecordWasNotGraded() {
        assertEquals(Optional.empty(), SubmissionRecord.read(temp.resolve("nobody")));
    }

    @Test
    void aDamagedRecordSaysHowToRecover() throws Exception {
        Files.createDirectories(temp.resolve("carol"));
        Files.writeString(temp.resolve("carol/" + SubmissionRecord.FILE_NAME), "submission=carol\noutcome=GRADED\n");
        IllegalStateException damaged = assertThrows(IllegalStateException.class,
                () -> SubmissionRecord.read(temp.resolve("carol")));
        assertTrue(damaged.getMessage().contains("-Dmpgrade.force"), damaged.getMessage());
    }

    private static CheckReport check(String id, double score, double max, boolean passed) {
        return new CheckReport(id, id, score, max, passed, null, null, Duration.ZERO);
    }
}
