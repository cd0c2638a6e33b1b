package io.github.mpgrade.plugin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mojo's configuration, as it becomes a grading request and a build outcome. */
class GradeSettingsTest {
    private static final Sandbox NO_SANDBOX = Sandbox.none("not in these tests");
    private static final GraderClassPath GRADER = new GraderClassPath(
            List.of(Path.of("/repo/grader-tests.jar"), Path.of("/repo/multiprocessing.jar")), Path.of("/repo/multiprocessing.jar"));

    /** The settings of a mojo with nothing configured, as its plugin descriptor defaults them. */
    private static GradeSettings defaults() {
        return new GradeSettings(new GraderSettings("io.github.mpgrade.assignment", null, null, null, null), null, true,
                "lab.*", null, null, null, new File("/project/target/classes"), List.of("/project/src/main/java"),
                new File("/project/target/mpgrade"));
    }

    private static GradeSettings with(Long seed, Double failBelow, File jdk, int timeLimit, boolean coverage) {
        GradeSettings d = defaults();
        return new GradeSettings(new GraderSettings(d.grader().checksPackage(), timeLimit, seed, jdk, null), failBelow,
                coverage, d.coverageIncludes(), List.of("-Xmx256m"), List.of("-Xss512k"), Map.of("mpgrade.pool", "2"),
                d.classesDirectory(), d.sourceRoots(), d.outputDirectory());
    }

    @Test
    void byDefaultGradesTheClassesWithTheGradersRuntimeEverySeedAndCoverage() {
        GradingRequest request = defaults().toRequest(GRADER, NO_SANDBOX);

        assertAll(
                () -> assertEquals(GRADER.entries(), request.graderClassPath()),
                () -> assertEquals(List.of(Path.of("/project/target/classes"), Path.of("/repo/multiprocessing.jar")),
                        request.submissionClassPath(), "the runtime of the grader's coordinator, not the project's"),
                () -> assertEquals(List.of(Path.of("/project/src/main/java")), request.sourceDirectories()),
                () -> assertEquals(Path.of("/project/target/mpgrade"), request.outputDirectory()),
                () -> assertEquals("io.github.mpgrade.assignment", request.checksPackage()),
                () -> assertEquals(Duration.ofMinutes(5), request.timeLimit(), "a project's default, not a batch's"),
                () -> assertNull(request.seed()),
                () -> assertNull(request.schedules(), "the harness's default"),
                () -> assertTrue(request.coverage().enabled()),
                () -> assertEquals("lab.*", request.coverage().includes()),
                () -> assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), request.javaExecutable()));
    }

    @Test
    void passesOnTheSeedLimitsOptionsAndProperties() {
        GradingRequest request = with(17L, null, null, 60, false).toRequest(GRADER, NO_SANDBOX);

        assertAll(
                () -> assertEquals(17L, request.seed()),
                () -> assertEquals(Duration.ofSeconds(60), request.timeLimit()),
                () -> assertTrue(!request.coverage().enabled()),
                () -> assertEquals(List.of("-Xmx256m"), request.graderJvmOptions()),
                () -> assertEquals(List.of("-Xss512k"), request.childJvmOptions()),
                () -> assertEquals(Map.of("mpgrade.pool", "2"), request.systemProperties()));
    }

    @Test
    void theJdkSettingChoosesTheJavaOfTheGraderAndItsChildren() {
        File jdk = new File(System.getProperty("java.home"));

        assertEquals(jdk.toPath().resolve("bin").resolve("java"), with(null, null, jdk, 300, true).toRequest(GRADER, NO_SANDBOX)
                .javaExecutable());
    }

    @Test
    void wrongSettingsAreNamedWithWhatToGive() {
        IllegalArgumentException noJava = assertThrows(IllegalArgumentException.class,
                () -> with(null, null, new File("/no/such/jdk"), 300, true).toRequest(GRADER, NO_SANDBOX));
        IllegalArgumentException badLimit = assertThrows(IllegalArgumentException.class,
                () -> with(null, null, null, 0, true).toRequest(GRADER, NO_SANDBOX));
        IllegalArgumentException badPercent = assertThrows(IllegalArgumentException.class,
                () -> with(null, 150.0, null, 300, true).toRequest(GRADER, NO_SANDBOX));

        assertAll(
                () -> assertTrue(noJava.getMessage().contains("mpgrade.jdk"), noJava.getMessage()),
                () -> assertTrue(badLimit.getMessage().contains("mpgrade.timeLimit"), badLimit.getMessage()),
                () -> assertTrue(badPercent.getMessage().contains("from 0 to 100"), badPercent.getMessage()));
    }

    /** The settings with only the number of schedules given. */
    private static GradeSettings exploring(Integer schedules) {
        GradeSettings d = defaults();
        return new GradeSettings(new GraderSettings(d.grader().checksPackage(), null, null, null, schedules), null,
                true, d.coverageIncludes(), null, null, null, d.classesDirectory(), d.sourceRoots(), d.outputDirectory());
    }

    @Test
    void theSchedulesToExploreAreTakenAsGivenAndBelowOneAreRefusedWithAnExample() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> exploring(0).toRequest(GRADER, NO_SANDBOX));

        assertAll(
                () -> assertEquals(200, exploring(200).toRequest(GRADER, NO_SANDBOX).schedules()),
                () -> assertTrue(none.getMessage().contains("mpgrade.schedules") && none.getMessage().contains("at least 1")
                        && none.getMessage().contains("-Dmpgrade.schedules=50"), none.getMessage()));
    }

    @Test
    void theBuildFailsOnlyBelowFailBelow() {
        GradeReport half = new GradeReport(List.of(new ExerciseReport("pingpong", List.of(
                new CheckReport("a", "a", 5, 5, true, null, null, Duration.ZERO),
                new CheckReport("b", "b", 0, 5, false, "wrong", 3L, Duration.ZERO)), Duration.ZERO)),
                Duration.ZERO, null, null, null);

        assertAll(
                () -> assertTrue(defaults().belowThreshold(half).isEmpty(), "no failBelow: any score passes"),
                () -> assertTrue(with(null, 50.0, null, 300, true).belowThreshold(half).isEmpty(), "50% is not below 50"),
                () -> assertEquals("the score 5/10 (50%) is below mpgrade.failBelow=100%",
                        with(null, 100.0, null, 300, true).belowThreshold(half).orElseThrow()));
    }
}
