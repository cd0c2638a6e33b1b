package io.github.mpgrade.plugin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.batch.BatchOptions;
import io.github.mpgrade.grading.batch.LmsExport;
import io.github.mpgrade.grading.batch.Shard;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch goal's configuration, as it becomes the batch's options. */
class BatchSettingsTest {
    private static final Sandbox NO_SANDBOX = Sandbox.none("not in these tests");
    private static final GraderClassPath GRADER = new GraderClassPath(
            List.of(Path.of("/repo/grader-tests.jar"), Path.of("/repo/multiprocessing.jar")), Path.of("/repo/multiprocessing.jar"));

    @TempDir
    Path temp;

    /** The settings of the goal with only the folders given, as its plugin descriptor defaults the rest. */
    private static BatchSettings with(String shard, int parallel, String childHeap, File jdk, File roster) {
        return new BatchSettings(new GraderSettings("io.github.mpgrade.assignment", null, null, jdk, null),
                new File("submissions"), new File("grades"), parallel, shard, false, 32, 1500, childHeap, "256m", roster,
                "mpgrade");
    }

    @Test
    void byDefaultGradesEverySubmissionOnePerCoreWithTheGradersRuntime() {
        BatchOptions options = with(null, 0, "128m", null, null).toOptions(GRADER, NO_SANDBOX);
        assertAll(
                () -> assertEquals(Path.of("submissions"), options.submissions()),
                () -> assertEquals(Path.of("grades"), options.out()),
                () -> assertEquals(GRADER.entries(), options.graderClassPath()),
                () -> assertEquals(List.of(Path.of("/repo/multiprocessing.jar")), options.runtimeClassPath()),
                () -> assertEquals(Runtime.getRuntime().availableProcessors(), options.parallelism()),
                () -> assertEquals(Shard.ALL, options.shard()),
                () -> assertEquals(Duration.ofMinutes(3), options.timeLimit(), "a batch's default, not a project's"),
                () -> assertEquals(32, options.maxProcesses()),
                () -> assertEquals(1500, options.maxTasks()),
                () -> assertEquals("128m", options.childMaxHeap()),
                () -> assertNull(options.seed()),
                () -> assertNull(options.schedules(), "the harness's default"),
                () -> assertEquals(LmsExport.Roster.NONE, options.roster()),
                () -> assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), options.javaExecutable()));
    }

    @Test
    void aShardAParallelismAJdkAndARosterAreTakenAsGiven() throws Exception {
        Path roster = Files.writeString(temp.resolve("roster.csv"), "submission,login\nocto,o@uni.example\n");
        File jdk = new File(System.getProperty("java.home"));
        BatchOptions options = with("2/3", 5, "64m", jdk, roster.toFile()).toOptions(GRADER, NO_SANDBOX);
        assertAll(
                () -> assertEquals(new Shard(2, 3), options.shard()),
                () -> assertEquals(5, options.parallelism()),
                () -> assertEquals("64m", options.childMaxHeap()),
                () -> assertEquals(jdk.toPath().resolve("bin/java"), options.javaExecutable()),
                () -> assertEquals("o@uni.example", options.roster().bySubmission().get("octo").login()));
    }

    @Test
    void aTimeLimitAndASeedAreTakenAsGivenAndALimitMustBePositive() {
        BatchOptions options = new BatchSettings(new GraderSettings("p", 60, 17L, null, null), new File("submissions"),
                new File("grades"), 0, null, false, 32, 1500, "128m", "256m", null, "mpgrade").toOptions(GRADER, NO_SANDBOX);
        BatchSettings noTime = new BatchSettings(new GraderSettings("p", 0, null, null, null), new File("submissions"),
                new File("grades"), 0, null, false, 32, 1500, "128m", "256m", null, "mpgrade");

        assertAll(
                () -> assertEquals(Duration.ofSeconds(60), options.timeLimit()),
                () -> assertEquals(17L, options.seed()),
                () -> assertTrue(assertThrows(IllegalArgumentException.class, noTime::validate).getMessage()
                        .contains("mpgrade.timeLimit")));
    }

    @Test
    void theSchedulesToExploreAreTakenAsGivenAndBelowOneAreRefusedBeforeGrading() {
        BatchOptions deep = new BatchSettings(new GraderSettings("p", null, null, null, 200), new File("submissions"),
                new File("grades"), 0, null, false, 32, 1500, "128m", "256m", null, "mpgrade").toOptions(GRADER, NO_SANDBOX);
        BatchSettings none = new BatchSettings(new GraderSettings("p", null, null, null, -1), new File("submissions"),
                new File("grades"), 0, null, false, 32, 1500, "128m", "256m", null, "mpgrade");

        assertAll(
                () -> assertEquals(200, deep.schedules()),
                () -> assertTrue(assertThrows(IllegalArgumentException.class, none::validate).getMessage()
                        .contains("mpgrade.schedules")));
    }

    @Test
    void missingFoldersNameThePropertyToSet() {
        GraderSettings grader = new GraderSettings("p", null, null, null, null);
        BatchSettings noSubmissions = new BatchSettings(grader, null, new File("grades"), 0, null, false, 32, 1500,
                "128m", "256m", null, "mpgrade");
        BatchSettings noOut = new BatchSettings(grader, new File("submissions"), null, 0, null, false, 32, 1500,
                "128m", "256m", null, "mpgrade");
        assertTrue(assertThrows(IllegalArgumentException.class, noSubmissions::validate).getMessage()
                .contains("-Dmpgrade.submissions=DIR"));
        assertTrue(assertThrows(IllegalArgumentException.class, noOut::validate).getMessage()
                .contains("-Dmpgrade.out=OUT"));
    }

    @Test
    void wrongValuesSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> with("1-2", 0, "128m", null, null).toOptions(GRADER, NO_SANDBOX))
                .getMessage().contains("is not of the form k/n"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> with(null, -1, "128m", null, null).toOptions(GRADER, NO_SANDBOX))
                .getMessage().contains("mpgrade.parallel must be 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> with(null, 0, "lots", null, null).toOptions(GRADER, NO_SANDBOX))
                .getMessage().contains("e.g. 128m"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> with(null, 0, "128m", temp.toFile(), null).toOptions(GRADER, NO_SANDBOX)).getMessage().contains("has no bin/java"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> with(null, 0, "128m", null, temp.resolve("none.csv").toFile()).toOptions(GRADER, NO_SANDBOX))
                .getMessage().contains("is not a file"));
    }
}
