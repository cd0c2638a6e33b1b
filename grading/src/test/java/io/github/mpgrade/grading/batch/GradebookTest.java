package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {
    @TempDir
    Path temp;

    @Test
    void oneRowPerSubmissionSortedByNameUnderTheContractsHeader() throws Exception {
        List<SubmissionRecord> records = List.of(
                SubmissionFolders.record("zoe", 62.5, Map.of("philosophers", 40.0, "pingpong", 22.5), List.of()),
                SubmissionFolders.record("adam, jr", 100.0 / 3, Map.of("counter", 100.0 / 3), List.of()));
        Path file = temp.resolve(Gradebook.FILE_NAME);
        Gradebook.write(records, file);
        assertEquals("submission,score,maxScore,philosophers,thread-philosophers,counter,pingpong\r\n"
                + "\"adam, jr\",33.33,100,0,0,33.33,0\r\n"
                + "zoe,62.5,100,40,0,0,22.5\r\n", Files.readString(file));
    }
}
