package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmsExportTest {
    private static final List<SubmissionRecord> RECORDS = List.of(
            SubmissionFolders.record("octocat", 87.5, Map.of(), List.of("pingpong/alternates")),
            SubmissionFolders.record("ada", 100, Map.of(), List.of()));

    @TempDir
    Path temp;

    @Test
    void canvasGetsItsStudentColumnsAPointsPossibleRowAndTheScores() throws Exception {
        LmsExport.write(RECORDS, LmsExport.Roster.NONE, "Lab 3: concurrency", temp);
        assertEquals("Student,ID,SIS User ID,SIS Login ID,Section,Lab 3: concurrency\r\n"
                + "Points Possible,,,,,100\r\n"
                + "ada,,,ada,,100\r\n"
                + "octocat,,,octocat,,87.5\r\n", Files.readString(temp.resolve("canvas.csv")));
    }

    @Test
    void moodleGetsALoginTheScoreAndOneLineOfFeedback() throws Exception {
        LmsExport.write(RECORDS, LmsExport.Roster.NONE, "Lab 3", temp);
        assertEquals("username,Lab 3,feedback\r\n"
                + "ada,100,100/100.\r\n"
                + "octocat,87.5,87.5/100. Lost points in: pingpong/alternates.\r\n",
                Files.readString(temp.resolve("moodle.csv")));
    }

    @Test
    void aRosterNamesStudentsByTheirLmsLogin() throws Exception {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "submission,login,name\n"
                + "octocat,o.cat@uni.example,\"Cat, Octo\"\nada,ada.l@uni.example,\n");
        LmsExport.write(RECORDS, LmsExport.Roster.read(roster), "Lab 3", temp);
        String canvas = Files.readString(temp.resolve("canvas.csv"));
        assertTrue(canvas.contains("\"Cat, Octo\",,,o.cat@uni.example,,87.5\r\n"), canvas);
        assertTrue(canvas.contains("ada.l@uni.example,,,ada.l@uni.example,,100\r\n"), "no name: the login" + canvas);
        assertTrue(Files.readString(temp.resolve("moodle.csv")).contains("o.cat@uni.example,87.5,"));
    }

    @Test
    void aRosterWithoutItsColumnsSaysWhichItNeeds() throws Exception {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "github,email\nocto,o@x\n");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> LmsExport.Roster.read(roster));
        assertTrue(wrong.getMessage().contains("submission,login,name"), wrong.getMessage());
    }

    @Test
    void aSubmissionTwiceInTheRosterIsAnError() throws Exception {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "submission,login\nocto,a\nocto,b\n");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> LmsExport.Roster.read(roster));
        assertTrue(twice.getMessage().contains("lists the submission octo twice"), twice.getMessage());
    }
}
