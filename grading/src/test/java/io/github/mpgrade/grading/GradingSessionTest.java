package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradingRequest.CoverageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading in a grader JVM of its own, against the fixture checks and the greeter submission. */
class GradingSessionTest {
    @TempDir
    static Path temp;
    private static Submissions.Compiled greeter;

    @BeforeAll
    static void compile() {
        greeter = Submissions.compile("greeter", temp.resolve("greeter"));
    }

    private static GradingRequest.Builder request(String fixture, Path output) {
        return GradingRequest.builder(Submissions.graderClassPath(), greeter.classes(), List.of(Submissions.runtime()),
                        output)
                .checksPackage("io.github.mpgrade.grading.fixture." + fixture)
                .sourceDirectories(List.of(greeter.sources()))
                .timeLimit(Duration.ofMinutes(2));
    }

    @Test
    void gradesEveryCheckWithPointsMessagesSeedsAndCoverage() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        GradeReport report = GradingSession.grade(request("mixed", temp.resolve("mixed")).build(), progress::add);

        ExerciseReport greeting = exercise(report, "greeting");
        CheckReport done = check(greeting, "mainPrintsDoneLast");
        CheckReport third = check(greeting, "aThirdProcessGreetsC");
        CheckReport goodbye = check(exercise(report, "farewell"), "saysGoodbye");
        CheckReport disabled = check(exercise(report, "farewell"), "waves");
        assertAll(
                () -> assertEquals(8.5, report.maxScore(), "3 + 2 + 2.5 + 1 points; the test without points is no check"),
                () -> assertEquals(3, report.score()),
                () -> assertTrue(done.passed()),
                () -> assertEquals("main prints done last", done.name()),
                () -> assertFalse(third.passed()),
                () -> assertEquals(0, third.score()),
                () -> assertEquals(3L, third.seed()),
                () -> assertTrue(third.message().contains("hello a"), third.message()),
                () -> assertEquals("the program printed no \"goodbye\"", goodbye.message()),
                () -> assertNull(goodbye.seed()),
                () -> assertNull(report.stoppedEarly()),
                () -> assertEquals(0, disabled.score(), "a disabled check scores nothing"),
                () -> assertEquals(4, progress.size(), "one line per check, the disabled one too: " + progress),
                () -> assertTrue(progress.contains("FAIL 0/2.5  farewell: says goodbye"), progress.toString()));

        CoverageSummary coverage = report.coverage();
        assertNotNull(coverage);
        assertAll(
                () -> assertNull(coverage.problem()),
                () -> assertTrue(coverage.coveredLines() > 0 && coverage.coveredLines() < coverage.totalLines(),
                        coverage.coveredLines() + "/" + coverage.totalLines()),
                () -> assertEquals(List.of(new GradeReport.MissedLines("lab.tiny.Greeter", "main", List.of(13))),
                        coverage.missed(), "only the line that needs arguments never ran"),
                () -> assertTrue(Files.isRegularFile(coverage.htmlReport())),
                () -> assertTrue(Files.isRegularFile(temp.resolve("mixed/coverage/lab.tiny/Greeter.java.html")),
                        "the HTML report shows the source"));
    }

    @Test
    void passesTheSeedToTheChecksHarnessAndChildJvmOptionsAndPropertiesToTheGraderJvm() throws Exception {
        Path output = temp.resolve("with spaces/properties");
        GradeReport report = GradingSession.grade(request("properties", output)
                .seed(42L).childJvmOptions(List.of("-Xmx64m")).systemProperty("fixture.extra", "a \"quoted\" value")
                .build(), GradingProgress.none());

        String seen = report.checks().get(0).message();
        assertAll(
                () -> assertTrue(seen.contains("seed=OptionalLong[42] "), seen),
                () -> assertTrue(seen.contains("jvmOptions=-javaagent:jacocoagent.jar=destfile=jacoco.exec,append=true,"
                        + "includes=lab.* -Xmx64m "), "relative paths, so no space of the project's path: " + seen),
                () -> assertTrue(seen.contains("extra=a \"quoted\" value "), seen),
                () -> assertTrue(seen.endsWith("directory=" + output.resolve("work").toAbsolutePath()), seen),
                () -> assertEquals(42L, report.seed()));
    }

    @Test
    void stopsAtTheTimeLimitKeepingTheFinishedChecksAndKillingEveryProcess() throws Exception {
        Path pidFile = temp.resolve("sleeper.pid");
        long start = System.nanoTime();
        GradeReport report = GradingSession.grade(request("slow", temp.resolve("slow")).timeLimit(Duration.ofSeconds(20))
                .coverage(CoverageOptions.off()).systemProperty("fixture.pidFile", pidFile.toString()).build(),
                GradingProgress.none());

        long pid = Long.parseLong(Files.readString(pidFile));
        assertAll(
                () -> assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos()),
                () -> assertTrue(report.stoppedEarly().contains("time limit of 20 s"), report.stoppedEarly()),
                () -> assertEquals(1, report.score(), "the quick check finished and keeps its point"),
                () -> assertEquals(2, report.maxScore()),
                () -> assertTrue(check(exercise(report, "slow"), "neverEnds").message().contains("did not finish")),
                () -> assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                        "the process the check started is killed with the grader"),
                () -> assertNull(report.coverage(), "coverage was off"));
    }

    @Test
    void aStuckExerciseStopsAtItsShareOfTheTimeAndCostsOnlyItsOwnPoints() throws Exception {
        long start = System.nanoTime();
        GradeReport report = GradingSession.grade(request("shares", temp.resolve("shares")).timeLimit(Duration.ofSeconds(30))
                .coverage(CoverageOptions.off()).build(), GradingProgress.none());

        CheckReport stuck = check(exercise(report, "stuck"), "waitsForEver");
        assertAll(
                () -> assertNull(report.stoppedEarly(), "the grading itself ended in time"),
                () -> assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos()),
                () -> assertEquals(5, exercise(report, "quick").score(), "the other exercise keeps its points"),
                () -> assertEquals(0, stuck.score()),
                () -> assertTrue(stuck.message().contains("used up its share of the grading's time"), stuck.message()));
    }

    @Test
    void aCrashedGraderIsAnErrorWithItsOutputAndTheChecksItFinished() {
        GradingException e = assertThrows(GradingException.class, () -> GradingSession.grade(
                request("crash", temp.resolve("crash")).coverage(CoverageOptions.off()).build(), GradingProgress.none()));

        assertAll(
                () -> assertTrue(e.getMessage().startsWith("the grader JVM crashed (exit status 7)"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("the grader is going down"), e.getMessage()),
                () -> assertEquals(1, e.partialReport().orElseThrow().score()));
    }

    @Test
    void aPackageWithoutChecksIsAnError() {
        GradingException e = assertThrows(GradingException.class, () -> GradingSession.grade(
                request("empty", temp.resolve("empty")).coverage(CoverageOptions.off()).build(), GradingProgress.none()));

        assertTrue(e.getMessage().contains("no checks with @Points in the package io.github.mpgrade.grading.fixture.empty"),
                e.getMessage());
    }

    @Test
    void missingClassesOrJavaAreErrorsThatSayWhatToDo() {
        GradingException noClasses = assertThrows(GradingException.class, () -> GradingSession.grade(
                GradingRequest.builder(List.of(), temp.resolve("nothing-here"), List.of(), temp.resolve("out")).build(),
                GradingProgress.none()));
        GradingException noJava = assertThrows(GradingException.class, () -> GradingSession.grade(
                request("mixed", temp.resolve("no-java")).javaExecutable(temp.resolve("no-such-java")).build(),
                GradingProgress.none()));

        assertAll(
                () -> assertTrue(noClasses.getMessage().contains("compile the project first"), noClasses.getMessage()),
                () -> assertTrue(noJava.getMessage().contains("-Dmpgrade.jdk"), noJava.getMessage()));
    }

    private static ExerciseReport exercise(GradeReport report, String id) {
        return report.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no exercise " + id + " in " + report));
    }

    private static CheckReport check(ExerciseReport exercise, String id) {
        return exercise.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + exercise));
    }
}
