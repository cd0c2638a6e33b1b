package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mpgrade.grading.sandbox.Bubblewrap;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading inside bubblewrap's sandbox gives what grading outside gives. */
class SandboxedGradingTest {
    @TempDir
    static Path temp;
    private static Sandbox sandbox;
    private static Submissions.Compiled greeter;

    @BeforeAll
    static void probe() {
        sandbox = Sandbox.probe();
        assumeTrue(sandbox instanceof Bubblewrap, () -> "no sandbox here: " + sandbox.description());
        greeter = Submissions.compile("greeter", temp.resolve("greeter"));
    }

    private static GradingRequest.Builder request(Path output) {
        return GradingRequest.builder(Submissions.graderClassPath(), greeter.classes(), List.of(Submissions.runtime()),
                        output)
                .checksPackage("io.github.mpgrade.grading.fixture.mixed")
                .sourceDirectories(List.of(greeter.sources()))
                .timeLimit(Duration.ofMinutes(2));
    }

    @Test
    void aSandboxedGradingScoresAsAPlainOne() throws Exception {
        GradeReport plain = GradingSession.grade(request(temp.resolve("plain")).build(), GradingProgress.none());
        GradeReport boxed = GradingSession.grade(request(temp.resolve("boxed")).sandbox(sandbox).build(),
                GradingProgress.none());

        assertEquals(plain.score(), boxed.score());
        assertEquals(plain.checks().stream().map(GradeReport.CheckReport::message).toList(),
                boxed.checks().stream().map(GradeReport.CheckReport::message).toList());
        assertEquals(plain.coverage().coveredLines(), boxed.coverage().coveredLines(), "coverage works inside too");
    }

    @Test
    void aSubmissionInTheSandboxReachesNoFileNoPortAndNoProcessOutside() throws Exception {
        Submissions.Compiled intruder = Submissions.compile("intruder", temp.resolve("intruder"));
        Path secret = temp.resolve("instructor/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "the answers");
        try (ServerSocket machine = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GradeReport report = GradingSession.grade(GradingRequest.builder(Submissions.graderClassPath(),
                            intruder.classes(), List.of(Submissions.runtime()), temp.resolve("intruder-out"))
                    .checksPackage("io.github.mpgrade.grading.fixture.intruder")
                    .coverage(GradingRequest.CoverageOptions.off())
                    .timeLimit(Duration.ofMinutes(2))
                    .systemProperty("fixture.secret", secret.toString())
                    .systemProperty("fixture.port", Integer.toString(machine.getLocalPort()))
                    .systemProperty("fixture.killAncestors", "true")
                    .sandbox(sandbox).build(), GradingProgress.none());

            assertEquals(List.of(1.0, 1.0, 1.0, 0.0), report.checks().stream().map(GradeReport.CheckReport::score).toList(),
                    () -> report.checks().toString());
            assertTrue(report.stoppedEarly().contains("the grader was killed (signal 9)"), report.stoppedEarly());
            assertEquals("the answers", Files.readString(secret));
        }
    }
}
