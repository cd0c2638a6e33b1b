package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.report.html.HtmlReport;
import io.github.mpgrade.grading.report.html.TimelineBuilder;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.junit.FailingRun;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} of two real failing runs, opened in headless Chromium: a deadlocking dining
 * table and a ping-pong whose players each take only their own lock. The screenshots stay in
 * {@code target/html-report-e2e/} for a person to look at.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/html-report-e2e");

    @TempDir
    static Path work;
    private static String deadlockDom;
    private static String pingPongDom;

    @BeforeAll
    static void renderBothReports() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM
                + " (Debian: apt-get install chromium): the report is not checked in a browser");
        Files.createDirectories(SHOTS);
        Submissions.Compiled philosophers = Submissions.compile("deadlocking", work.resolve("deadlocking"));
        Submissions.Compiled pingPong = Submissions.compile("own-locks", work.resolve("own-locks"));
        try (Harness harness = Harness.forClassPath(List.of(philosophers.classes().toString(),
                pingPong.classes().toString(), Submissions.runtime().toString()))) {
            Run deadlocked = harness.findFailure(Program.main("lab.philosophers.DiningTable").args(3), Strategy.directed(),
                    0, 10, run -> run.deadlock().isPresent()).orElseThrow();
            deadlockDom = open("deadlock", report("philosophers", "no deadlock under any schedule",
                    new FailingRun(deadlocked, Optional.empty()), "Your philosophers deadlocked."), philosophers.sources());
            Run outOfTurn = harness.findFailure(Program.main("lab.pingpong.PingPong").args(3), Strategy.randomWalk(),
                    0, 30, run -> firstOutOfTurn(run).isPresent()).orElseThrow();
            pingPongDom = open("pingpong", report("pingpong", "the lines alternate ping, pong, ...",
                    new FailingRun(outOfTurn, firstOutOfTurn(outOfTurn)), "A line came out of turn."), pingPong.sources());
        }
    }

    @Test
    void theDeadlockShowsALanePerPhilosopherAndTheCycleOfForks() {
        assertEquals(List.of("MainProcess", "phil 0", "phil 1", "phil 2"), values(deadlockDom, "g class=\"lane\" data-lane"));
        assertEquals(List.of("phil 0", "phil 1", "phil 2"), values(deadlockDom, "g class=\"cycle-task\" data-name"));
        assertEquals(List.of("fork 0", "fork 1", "fork 2"),
                values(deadlockDom, "g class=\"cycle-lock\" data-name").stream().sorted().toList());
        assertTrue(deadlockDom.contains("class=\"span waits open\""), "the waits that never end are drawn open");
        assertTrue(deadlockDom.contains("deadlock: every task waits"), "the failing step says what happened");
    }

    @Test
    void theOutOfTurnLineIsHighlightedInPongsLane() {
        assertEquals(List.of("MainProcess", "ping", "pong"), values(pingPongDom, "g class=\"lane\" data-lane"));
        List<String> failing = values(pingPongDom, "g class=\"printed failing\" data-step");
        assertEquals(1, failing.size(), "one printed line is the failing one");
        assertEquals(failing, values(pingPongDom, "g class=\"failing-step\" data-step"),
                "the red line crosses the lanes at that line");
        assertTrue(pingPongDom.contains("data-lock=\"imut\"") && pingPongDom.contains("data-lock=\"omut\""),
                "the locks have the names of their variables");
        assertTrue(pingPongDom.contains("class=\"failing\"><td class=\"num\">" + failing.get(0) + "</td>"),
                "the list of printed lines marks the same step");
    }

    /** The first ping or pong line that is not the one strict turns print there. */
    private static Optional<TraceEvent> firstOutOfTurn(Run run) {
        List<TraceEvent.Output> rallies = run.outputs().stream()
                .filter(o -> o.line().startsWith("ping ") || o.line().startsWith("pong ")).toList();
        for (int i = 0; i < rallies.size(); i++) {
            String expected = (i % 2 == 0 ? "ping " : "pong ") + (10 + i / 2);
            if (!rallies.get(i).line().equals(expected)) {
                return Optional.of(rallies.get(i));
            }
        }
        return Optional.empty();
    }

    private static GradeReport report(String exercise, String check, FailingRun failing, String message) {
        CheckReport failed = new CheckReport("check", check, 0, 10, false, message, failing.run().seed(), Duration.ZERO,
                TimelineBuilder.of(failing));
        return new GradeReport(List.of(new ExerciseReport(exercise, List.of(failed), Duration.ZERO)), Duration.ZERO,
                null, null, null);
    }

    /** Writes the report, screenshots it, and returns the DOM as Chromium parsed it. */
    private static String open(String name, GradeReport report, Path sources) throws IOException, InterruptedException {
        Path html = SHOTS.resolve(name + ".html").toAbsolutePath();
        Files.writeString(html, HtmlReport.of(report, List.of(sources), CheckReport::message), StandardCharsets.UTF_8);
        chromium("--screenshot=" + SHOTS.resolve(name + ".png").toAbsolutePath(), "--window-size=1300,1400",
                html.toUri().toString());
        return chromium("--dump-dom", html.toUri().toString());
    }

    private static String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(work, "chromium")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(work, "chromium", ".out");
        java.lang.Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within 60 s: " + command);
        }
        assertEquals(0, chromium.exitValue(), "Chromium failed: " + command);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The values of an attribute, after the given start of a tag, in document order. */
    private static List<String> values(String dom, String tagAndAttribute) {
        Matcher m = Pattern.compile(Pattern.quote("<" + tagAndAttribute + "=\"") + "([^\"]*)\"").matcher(dom);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
