package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches of real grading: grader JVMs running the checks of {@code batch.checks} (3 points
 * for printing done last, 2 for a process that greets c, 2.5 that no greeter earns) on small
 * submissions.
 */
class BatchGradingTest {
    private static final String GREETER = """
            package lab.tiny;
            import io.github.mpgrade.multiprocessing.Process;
            public class Greeter {
                static void greet(String name) { System.out.println("hello " + name); }
                public static void main(String[] args) {
                    Process a = new Process(() -> greet("a"));
                    Process b = new Process(() -> greet("%s"));
                    a.start();
                    b.start();
                    a.join();
                    b.join();
                    System.out.println("done");
                }
            }
            """;

    @TempDir
    static Path temp;
    private static Path submissions;

    @BeforeAll
    static void submissions() {
        submissions = temp.resolve("submissions");
        SubmissionFolders.write(submissions.resolve("ann"), "lab/tiny/Greeter.java", GREETER.formatted("b"));
        SubmissionFolders.write(submissions.resolve("bob"), "lab/tiny/Greeter.java", GREETER.formatted("c"));
        SubmissionFolders.write(submissions.resolve("cat"), "lab/tiny/Greeter.java", GREETER.formatted("c"));
        SubmissionFolders.write(submissions.resolve("dan"), "lab/tiny/Greeter.java", "package lab.tiny;\nclass Greeter {\n  int x = ;\n}\n");
    }

    private static BatchOptions.Builder options(Path out) {
        return options(submissions, out);
    }

    private static BatchOptions.Builder options(Path submissions, Path out) {
        List<Path> testClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return BatchOptions.builder(submissions, out, testClassPath, List.of(SubmissionFolders.runtime()))
                .checksPackage("io.github.mpgrade.grading.batch.checks")
                .timeLimit(Duration.ofMinutes(2))
                .parallelism(2);
    }

    private static BatchGrading.Result run(BatchOptions options) throws InterruptedException {
        return new BatchGrading(options, new BatchListener() { }).run();
    }

    @Test
    void gradesEverySubmissionIntoTheGradebookAndReusesUnchangedOnes() throws Exception {
        Path out = temp.resolve("out");
        BatchGrading.Result first = run(options(out).build());

        assertEquals(List.of("submission,score,maxScore,philosophers,thread-philosophers,counter,pingpong",
                "ann,3,7.5,0,0,0,0", "bob,5,7.5,0,0,0,0", "cat,5,7.5,0,0,0,0", "dan,0,7.5,0,0,0,0"),
                Files.readAllLines(out.resolve("gradebook.csv")),
                "dan does not compile: 0 of the 7.5 points every check is worth");
        SubmissionRecord dan = first.records().get(3);
        assertAll(
                () -> assertEquals(4, first.graded()),
                () -> assertEquals(SubmissionRecord.Outcome.DOES_NOT_COMPILE, dan.outcome()),
                () -> assertTrue(dan.message().contains("lab/tiny/Greeter.java:3: error: illegal start of expression"),
                        dan.message()),
                () -> assertTrue(Files.readString(out.resolve("dan/feedback.md")).contains("## Compiler errors")),
                () -> assertTrue(Files.readString(out.resolve("bob/result.json")).contains("\"maxScore\" : 7.5")),
                () -> assertTrue(Files.readString(out.resolve("summary.md"))
                        .contains("| farewell/saysGoodbye | 3 of 3 (100 %) |")),
                () -> assertTrue(Files.isRegularFile(out.resolve("canvas.csv"))),
                () -> assertTrue(Files.notExists(out.resolve(BatchGrading.WORK_FOLDER)), "scratch space is removed"),
                () -> assertEquals(0, ProcessGuard.killProcessesNaming(out), "no process of the batch is left"));

        BatchGrading.Result again = run(options(out).build());
        assertEquals(0, again.graded(), "nothing changed: nothing is graded again");
        assertEquals(first.records(), again.records());

        SubmissionFolders.write(submissions.resolve("ann"), "lab/tiny/Greeter.java", GREETER.formatted("c"));
        SubmissionRecord cat = first.records().get(2);
        new SubmissionRecord(cat.submission(), SubmissionRecord.Outcome.NOT_GRADED, 0, 7.5, cat.exerciseScores(),
                List.of(), "grading stopped because the build was interrupted", cat.fingerprint(), cat.elapsed())
                .write(out.resolve("cat"));
        BatchGrading.Result edited = run(options(out).build());
        assertEquals(2, edited.graded(), "the edited submission, and the one whose grading could not run");
        assertEquals(List.of("ann,5,7.5,0,0,0,0", "bob,5,7.5,0,0,0,0", "cat,5,7.5,0,0,0,0"),
                Files.readAllLines(out.resolve("gradebook.csv")).subList(1, 4));

        assertEquals(4, run(options(out).force(true).build()).graded(), "-Dmpgrade.force grades all again");
        SubmissionFolders.write(submissions.resolve("ann"), "lab/tiny/Greeter.java", GREETER.formatted("b"));
    }

    @Test
    void twoShardsMergedGiveTheOutputsOfOneRun() throws Exception {
        Path twoSubmissions = temp.resolve("two");
        for (String name : List.of("bob", "dan")) {
            copy(submissions.resolve(name), twoSubmissions.resolve(name));
        }
        assertEquals(List.of(1, 2), List.of(Shard.bucketOf("bob", 2), Shard.bucketOf("dan", 2)), "one in each shard");
        Path whole = temp.resolve("whole");
        run(options(twoSubmissions, whole).build());
        Path shards = temp.resolve("shards");
        run(options(twoSubmissions, shards.resolve("1")).shard(new Shard(1, 2)).build());
        run(options(twoSubmissions, shards.resolve("2")).shard(new Shard(2, 2)).build());

        Path merged = temp.resolve("merged");
        ShardMerge.merge(ShardMerge.shardOutputs(List.of(shards)), merged, LmsExport.Roster.NONE, "mpgrade");
        for (String file : List.of("gradebook.csv", "summary.md", "canvas.csv", "moodle.csv", "dan/feedback.md")) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(merged.resolve(file)), file);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void aThreadBombLosesItsProcessesAndKeepsItsRow() throws Exception {
        Path bombs = temp.resolve("bombs");
        SubmissionFolders.write(bombs.resolve("eve"), "lab/tiny/Greeter.java", """
                package lab.tiny;
                public class Greeter {
                    public static void main(String[] args) {
                        // Threads the JDK starts (each Timer's), where the agent's task limit does not
                        // reach: only the batch's count of the tree's tasks can stop them.
                        for (int i = 0; i < 400; i++) {
                            new java.util.Timer(true);
                        }
                        while (true) {
                            // busy, outside every library call, until the guard ends it
                        }
                    }
                }
                """);
        Path out = temp.resolve("bombs-out");
        BatchGrading.Result result = run(options(bombs, out).maxTasks(250).build());
        SubmissionRecord eve = result.records().get(0);
        assertAll(
                () -> assertEquals(SubmissionRecord.Outcome.TOO_MANY_TASKS, eve.outcome()),
                () -> assertTrue(eve.message().contains("passed 250 at once"), eve.message()),
                () -> assertEquals("eve,0,7.5,0,0,0,0", Files.readAllLines(out.resolve("gradebook.csv")).get(1)),
                () -> assertTrue(eve.elapsed().compareTo(Duration.ofMinutes(1)) < 0, "long before the time limit"),
                () -> assertEquals(0, ProcessGuard.killProcessesNaming(out), "no process of the batch is left"));
    }

    @Test
    void aSubmissionStoppedAtTheTimeLimitBeforeAnyCheckEndedKeepsItsRow() throws Exception {
        Path sleepers = temp.resolve("sleepers");
        SubmissionFolders.write(sleepers.resolve("sam"), "lab/tiny/Greeter.java", """
                package lab.tiny;
                public class Greeter {
                    public static void main(String[] args) {
                        while (true) {
                            // busy outside every library call (a sleep would pass at once on a controlled run's virtual clock)
                        }
                    }
                }
                """);
        Path out = temp.resolve("sleepers-out");
        BatchGrading.Result result = run(options(sleepers, out).timeLimit(Duration.ofSeconds(4)).build());
        SubmissionRecord sam = result.records().get(0);
        assertAll(
                () -> assertEquals(SubmissionRecord.Outcome.TIMED_OUT, sam.outcome(), sam.message()),
                () -> assertTrue(sam.message().contains("time limit of 4 s"), sam.message()),
                () -> assertEquals("sam,0,7.5,0,0,0,0", Files.readAllLines(out.resolve("gradebook.csv")).get(1)),
                () -> assertEquals(0, ProcessGuard.killProcessesNaming(out), "no process of the batch is left"));
        assertEquals(0, run(options(sleepers, out).timeLimit(Duration.ofSeconds(4)).build()).graded(),
                "a submission that hangs is not graded again for nothing");
    }

    @Test
    void aFolderWithoutSubmissionsIsAMistakeNamed() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("nothing-here"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> run(options(empty, temp.resolve("none-out")).build()));
        assertTrue(none.getMessage().contains("holds no submission"), none.getMessage());
    }

    @Test
    void aSubmissionNamedLikeAnOutputFileIsRefused() {
        Path clash = temp.resolve("clash");
        SubmissionFolders.write(clash.resolve("summary.md"), "lab/tiny/Greeter.java", GREETER.formatted("c"));
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
                () -> run(options(clash, temp.resolve("clash-out")).build()));
        assertTrue(named.getMessage().endsWith("has the name of a file the batch writes next to the submissions'"
                + " folders: rename it"), named.getMessage());
    }

    @Test
    void twoBatchesNeverShareAnOutputFolder() throws Exception {
        Path out = Files.createDirectories(temp.resolve("busy"));
        try (FileChannel other = FileChannel.open(out.resolve(BatchGrading.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = other.lock()) {
            IllegalStateException busy = assertThrows(IllegalStateException.class, () -> run(options(out).build()));
            assertTrue(busy.getMessage().startsWith("another batch is writing to mpgrade.out="), busy.getMessage());
        }
    }

    @Test
    void anOutputFolderInsideTheSubmissionsIsRefused() {
        IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
                () -> run(options(submissions.resolve("out")).build()));
        assertTrue(inside.getMessage().contains("would be graded as a submission"), inside.getMessage());
    }
}
