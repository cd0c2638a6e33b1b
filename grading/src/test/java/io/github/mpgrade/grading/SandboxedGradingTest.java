package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mpgrade.grading.sandbox.Bubblewrap;
import io.github.mpgrade.grading.sandbox.Sandbox;
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
}
