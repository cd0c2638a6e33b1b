package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradingRequest.CoverageOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader JVM's command line and argument file. */
class GraderCommandTest {
    private static GradingRequest.Builder request() {
        return GradingRequest.builder(List.of(Path.of("/m2/grader-tests.jar"), Path.of("/my project/grading.jar")),
                Path.of("target/classes"), List.of(Path.of("/m2/multiprocessing.jar")), Path.of("target/mpgrade"));
    }

    @Test
    void passesChildOptionsAndPropertiesAsSystemPropertiesThenTheClassPathAndMainClass() {
        List<String> args = GraderCommand.arguments(request().seed(17L).graderJvmOptions(List.of("-Xmx512m"))
                .childJvmOptions(List.of("-Xss512k")).coverage(CoverageOptions.of("lab.*:extra.*"))
                .systemProperty("mpgrade.pool", "2").build(), List.of());

        assertEquals(List.of("-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+DisableAttachMechanism", "-Xmx512m",
                "-Dmpgrade.jvmOptions=-javaagent:jacocoagent.jar=destfile=jacoco.exec,append=true,includes=lab.*:extra.*"
                        + " -Xss512k",
                "-Dmpgrade.cdsFolder=" + Path.of("target/mpgrade/cds").toAbsolutePath(), "-Dmpgrade.pool=2", "-cp",
                "/m2/grader-tests.jar" + File.pathSeparator + "/my project/grading.jar",
                "io.github.mpgrade.grading.grader.GraderMain"), args);
    }

    @Test
    void withoutCoverageOnlyTheArchivesFolderIsSet_theSeedAndSchedulesNeverAre() {
        List<String> args = GraderCommand.arguments(request().seed(17L).schedules(200).coverage(CoverageOptions.off())
                .build(), List.of());

        assertEquals(List.of("-Dmpgrade.cdsFolder=" + Path.of("target/mpgrade/cds").toAbsolutePath()),
                args.stream().filter(a -> a.startsWith("-Dmpgrade.")).toList(),
                "the seed and the schedules go to the checks with the grader's job: " + args);
    }

    @Test
    void theChildJvmsArchivesAreKeptBesideTheReports_unlessTheRequestTurnsThemOff() {
        List<String> args = GraderCommand.arguments(request().systemProperty("mpgrade.cds", "false").build(), List.of());

        assertTrue(args.contains("-Dmpgrade.cds=false"), args.toString());
        assertTrue(args.stream().noneMatch(a -> a.startsWith("-Dmpgrade.cdsFolder=")),
                "a batch makes no archive for an output folder graded once: " + args);
    }

    @Test
    void quotesEveryArgumentSoSpacesQuotesAndBackslashesSurvive() {
        assertAll(
                () -> assertEquals("\"/my project/a.jar\"", GraderCommand.quote("/my project/a.jar")),
                () -> assertEquals("\"C:\\\\Users\\\\Ann Lee\\\\a.jar\"", GraderCommand.quote("C:\\Users\\Ann Lee\\a.jar")),
                () -> assertEquals("\"say \\\"hi\\\"\"", GraderCommand.quote("say \"hi\"")));
    }

    @Test
    void rejectsWhatTheRuntimeOrTheHarnessWouldMisread() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> request().childJvmOptions(List.of("-Dname=two words")).build()),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> request().systemProperty("mpgrade.seed", "3").build()),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> request().systemProperty("mpgrade.schedules", "200").build()),
                () -> assertThrows(IllegalArgumentException.class, () -> request().schedules(0).build()),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> request().systemProperty("mpgrade.runsAtOnce", "2").build()),
                () -> assertThrows(IllegalArgumentException.class, () -> request().runsAtOnce(0).build()),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> request().coverage(CoverageOptions.of("lab.*,other.*")).build()));
    }

    @Test
    void aGradingMakesARunAtOnceForEveryTwoCoresItHasToItself_atLeastOneAndAtMostFour() {
        assertAll(
                () -> assertEquals(1, GradingRequest.runsAtOnceFor(1, 1)),
                () -> assertEquals(1, GradingRequest.runsAtOnceFor(2, 1), "a student's 2 cores: one run at a time"),
                () -> assertEquals(2, GradingRequest.runsAtOnceFor(4, 1)),
                () -> assertEquals(4, GradingRequest.runsAtOnceFor(8, 1)),
                () -> assertEquals(4, GradingRequest.runsAtOnceFor(64, 1)),
                () -> assertEquals(1, GradingRequest.runsAtOnceFor(8, 8), "a batch that grades a submission per core"),
                () -> assertEquals(2, GradingRequest.runsAtOnceFor(8, 2)));
    }
}
