package io.github.mpgrade.grading.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradeReport.MissedLines;
import io.github.mpgrade.grading.report.html.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every report written from one grading: 62.5 of 100 points, a failure with a seed, coverage. */
class ReportsTest {
    private static final String DEADLOCK = """
            the philosophers deadlocked:
              every one holds its left fork and waits for its right
              phil 0 holds fork 0, waits for fork 1 (Philosopher.java:21)
              phil 1 holds fork 1, waits for fork 0 (Philosopher.java:21)""";

    @TempDir
    Path temp;

    private GradeReport report() {
        Path folder = temp.resolve("target/mpgrade");
        return new GradeReport(List.of(
                new ExerciseReport("philosophers", List.of(
                        new CheckReport("eachRunsInAProcess", "each philosopher runs in a process of its own", 5, 5, true,
                                null, null, Duration.ofMillis(10)),
                        new CheckReport("noDeadlock", "no deadlock under any schedule", 0, 10, false, DEADLOCK, 17L,
                                Duration.ofMillis(1500))), Duration.ofSeconds(4)),
                new ExerciseReport("pingpong", List.of(
                        new CheckReport("alternates", "the lines alternate <ping> & pong", 0, 5, false,
                                "line 3: expected \"ping 11\" but your program printed \"pong 11\"", null,
                                Duration.ofMillis(20))), Duration.ofSeconds(2)),
                new ExerciseReport("counter", List.of(
                        new CheckReport("counts", "the counter is 10", 77.5, 77.5, true, null, null, Duration.ZERO)),
                        Duration.ofSeconds(1))),
                Duration.ofMillis(8_400), null,
                new CoverageSummary("lab.*", 112, 129, List.of(new MissedLines("lab.philosophers.Philosopher", "run",
                        List.of(21, 22))), folder.resolve("coverage/index.html"), null),
                null);
    }

    private ReportEnvironment noCi() {
        return new ReportEnvironment(Map.of(), temp.resolve("no-gradescope-here"));
    }

    @Test
    void resultJsonHasTheContractsShapeWithWholePointsAsIntegers() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));

        JsonNode json = new ObjectMapper().readTree(folder.resolve("result.json").toFile());
        JsonNode philosophers = json.get("exercises").get(0);
        JsonNode deadlock = philosophers.get("checks").get(1);
        assertAll(
                () -> assertEquals(82.5, json.get("score").asDouble()),
                () -> assertEquals(97.5, json.get("maxScore").asDouble()),
                () -> assertTrue(philosophers.get("maxScore").isIntegralNumber(), "\"maxScore\": 15, as the contract writes 100"),
                () -> assertEquals(3, json.get("exercises").size()),
                () -> assertEquals("philosophers", philosophers.get("id").asText()),
                () -> assertEquals(5, philosophers.get("score").asInt()),
                () -> assertEquals(15, philosophers.get("maxScore").asInt()),
                () -> assertEquals("noDeadlock", deadlock.get("id").asText()),
                () -> assertEquals(0, deadlock.get("score").asInt()),
                () -> assertEquals(10, deadlock.get("maxScore").asInt()),
                () -> assertFalse(deadlock.get("passed").asBoolean()),
                () -> assertEquals(DEADLOCK, deadlock.get("message").asText()),
                () -> assertEquals(17, deadlock.get("seed").asLong()),
                () -> assertTrue(philosophers.get("checks").get(0).get("seed").isNull()),
                () -> assertEquals(86.8, json.get("coverage").get("percent").asDouble()),
                () -> assertEquals("coverage/index.html", json.get("coverage").get("report").asText()),
                () -> assertEquals(21, json.get("coverage").get("linesNeverRun").get(0).get("lines").get(0).asInt()));
    }

    @Test
    void feedbackGivesEachFailureWholeWithItsReplayCommandAndTheLinesThatNeverRan() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));

        String feedback = Files.readString(folder.resolve("feedback.md"));
        assertAll(
                () -> assertTrue(feedback.startsWith("# Grading: 82.5 / 97.5 points\n"), feedback),
                () -> assertTrue(feedback.contains("| philosophers | 5 / 15 |"), feedback),
                () -> assertTrue(feedback.contains("```text\n" + DEADLOCK
                        + "\n\nReplay these schedules: mvn grade -Dmpgrade.seed=17\n```"), feedback),
                () -> assertTrue(feedback.contains("the lines alternate \\<ping\\> & pong (0 / 5)"), feedback),
                () -> assertTrue(feedback.contains("- `lab.philosophers.Philosopher`, run: lines 21, 22"), feedback),
                () -> assertTrue(feedback.contains("[coverage/index.html](coverage/index.html)"), feedback),
                () -> assertFalse(feedback.contains("eachRunsInAProcess"), "a passed check has no section"));
    }

    @Test
    void gradescopeResultsHaveTheirSchemasFields() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));

        JsonNode json = new ObjectMapper().readTree(folder.resolve("gradescope/results.json").toFile());
        JsonNode deadlock = json.get("tests").get(1);
        assertAll(
                () -> assertEquals(82.5, json.get("score").asDouble()),
                () -> assertEquals(8, json.get("execution_time").asInt(), "whole seconds"),
                () -> assertTrue(json.get("output").asText().contains("lab.*: 86% of lines ran (112 of 129)")),
                () -> assertEquals(4, json.get("tests").size()),
                () -> assertEquals("philosophers: no deadlock under any schedule", deadlock.get("name").asText()),
                () -> assertEquals("1.2", deadlock.get("number").asText()),
                () -> assertEquals(0, deadlock.get("score").asInt()),
                () -> assertEquals(10, deadlock.get("max_score").asInt()),
                () -> assertEquals("failed", deadlock.get("status").asText()),
                () -> assertTrue(deadlock.get("output").asText().endsWith("mvn grade -Dmpgrade.seed=17")),
                () -> assertEquals("text", deadlock.get("output_format").asText()),
                () -> assertEquals("visible", deadlock.get("visibility").asText()),
                () -> assertEquals("passed", json.get("tests").get(0).get("status").asText()),
                () -> assertEquals("3.1", json.get("tests").get(3).get("number").asText()));
    }

    @Test
    void junitXmlIsSurefiresFormatOneFilePerExercise() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Files.createDirectories(folder.resolve("junit"));
        Files.writeString(folder.resolve("junit/TEST-mpgrade.gone.xml"), "<testsuite/>");
        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("junit/TEST-mpgrade.philosophers.xml").toFile());
        Element suite = xml.getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertAll(
                () -> assertEquals("testsuite", suite.getTagName()),
                () -> assertEquals("mpgrade.philosophers", suite.getAttribute("name")),
                () -> assertEquals("2", suite.getAttribute("tests")),
                () -> assertEquals("1", suite.getAttribute("failures")),
                () -> assertEquals("0", suite.getAttribute("errors")),
                () -> assertEquals("4.000", suite.getAttribute("time")),
                () -> assertEquals("no deadlock under any schedule", ((Element) cases.item(1)).getAttribute("name")),
                () -> assertEquals("1.500", ((Element) cases.item(1)).getAttribute("time")),
                () -> assertTrue(failure.getTextContent().startsWith(DEADLOCK)),
                () -> assertTrue(failure.getAttribute("message").endsWith("(seed 17)")),
                () -> assertTrue(Files.exists(folder.resolve("junit/TEST-mpgrade.counter.xml"))),
                () -> assertFalse(Files.exists(folder.resolve("junit/TEST-mpgrade.gone.xml")),
                        "an exercise of an earlier grading is gone"));
    }

    @Test
    void aResultFileASubmissionPlantedIsOverwritten() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("result.json"), "{\"score\": 100, \"maxScore\": 100}");
        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));

        assertEquals(82.5, new ObjectMapper().readTree(folder.resolve("result.json").toFile()).get("score").asDouble());
    }

    @Test
    void insideGradescopeAndGitHubActionsTheReportsGoWhereTheyAreRead() throws Exception {
        Path gradescope = Files.createDirectories(temp.resolve("autograder/results"));
        Path summary = temp.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        ReportEnvironment ci = new ReportEnvironment(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), gradescope);

        List<Path> written = Reports.write(report(), temp.resolve("target/mpgrade"), ReportSet.projectBuild(ci));

        assertAll(
                () -> assertTrue(written.contains(gradescope.resolve("results.json"))),
                () -> assertEquals(Files.readString(temp.resolve("target/mpgrade/gradescope/results.json")),
                        Files.readString(gradescope.resolve("results.json"))),
                () -> assertTrue(Files.readString(summary).startsWith("earlier step\n# Grading: 82.5 / 97.5 points")),
                () -> assertTrue(ci.githubActions()),
                () -> assertFalse(noCi().githubActions()),
                () -> assertTrue(noCi().gradescopeResultsFile().isEmpty()));
    }

    @Test
    void aBatchSubmissionGetsTheResultFeedbackAndHtmlReportOfAProjectBuildAndNothingElse() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        List<Path> written = Reports.write(report(), folder, ReportSet.batchSubmission());
        String result = Files.readString(folder.resolve("result.json"));
        String feedback = Files.readString(folder.resolve("feedback.md"));
        String html = Files.readString(folder.resolve("report.html"));

        Reports.write(report(), folder, ReportSet.projectBuild(noCi()));
        try (Stream<Path> files = Files.list(folder)) {
            assertAll(
                    () -> assertEquals(List.of(folder.resolve("result.json"), folder.resolve("feedback.md"),
                            folder.resolve("report.html")), written),
                    () -> assertEquals(result, Files.readString(folder.resolve("result.json"))),
                    () -> assertEquals(feedback, Files.readString(folder.resolve("feedback.md"))),
                    () -> assertEquals(html, Files.readString(folder.resolve("report.html"))),
                    () -> assertEquals(5, files.count(), "a project build adds gradescope/ and junit/"));
        }
    }

    @Test
    void theHtmlReportHasTheScoresAndEachFailedCheckWithItsMessageAsText() throws Exception {
        Path folder = temp.resolve("target/mpgrade");
        Reports.write(report(), folder, ReportSet.batchSubmission());
        String html = Files.readString(folder.resolve("report.html"));
        assertAll(
                () -> assertTrue(html.startsWith("<!DOCTYPE html>"), html),
                () -> assertTrue(html.contains("<title>Grading: 82.5 / 97.5 points</title>"), html),
                () -> assertTrue(html.contains("the lines alternate &lt;ping&gt; &amp; pong"), "names are text: " + html),
                () -> assertTrue(html.contains("id=\"philosophers-noDeadlock\""), html),
                () -> assertTrue(html.contains("mvn grade -Dmpgrade.seed=17"), "the replay command: " + html),
                () -> assertFalse(html.contains("<script"), "it needs no script"),
                () -> assertFalse(html.contains("http://") || html.contains("https://"), "nothing is fetched"),
                () -> assertFalse(Files.readString(folder.resolve("feedback.md")).contains("report.html"),
                        "no run to draw, no pointer to the drawing"));
    }

    @Test
    void theFeedbackPointsToTheHtmlReportAndGradescopeGetsTheRunAsATableWhenAFailureIsDrawn() throws Exception {
        Timeline timeline = new Timeline("PingPong 3", "random walk", 4, 1, Timeline.Ending.COMPLETED,
                List.of(new Timeline.Lane("Process-2", "main", null)), List.of(), List.of(),
                List.of(new Timeline.Printed(0, 0, "pong 10", null)), new Timeline.FailingStep(0, 0, "printed \"pong 10\""),
                List.of());
        GradeReport drawn = new GradeReport(List.of(new ExerciseReport("pingpong", List.of(new CheckReport("alternates",
                "the lines alternate", 0, 5, false, "pong came first", 4L, Duration.ZERO, timeline)), Duration.ZERO)),
                Duration.ZERO, null, null, null);
        Path folder = temp.resolve("target/mpgrade");
        Reports.write(drawn, folder, ReportSet.projectBuild(noCi()));
        assertTrue(Files.readString(folder.resolve("feedback.md")).contains("[report.html](report.html)"));
        assertTrue(Files.readString(folder.resolve("report.html")).contains("class=\"failing-step\""));
        JsonNode test = new ObjectMapper().readTree(folder.resolve("gradescope/results.json").toFile()).get("tests").get(0);
        assertEquals("html", test.get("output_format").asText(), "Gradescope shows HTML, but no SVG: a table");
        assertTrue(test.get("output").asText().contains("<td><strong>pong 10 ← here</strong></td>"), test.toString());
    }

    @Test
    void theFeedbackOfASubmissionThatDoesNotCompileEndsWithTheCompilersErrors() throws Exception {
        Path folder = temp.resolve("batch/dan");
        Reports.write(report(), folder, ReportSet.batchSubmissionNotCompiling(
                "Greeter.java:3: error: illegal start of expression\n  int x = ```;"));

        String feedback = Files.readString(folder.resolve("feedback.md"));
        assertTrue(feedback.startsWith("# Grading: 82.5 / 97.5 points\n"), feedback);
        assertTrue(feedback.endsWith("## Compiler errors\n\n```text\nGreeter.java:3: error: illegal start of expression"
                + "\n  int x = ''';\n```\n"), "a fence in the errors cannot end the block: " + feedback);
    }

    @Test
    void gitHubClassroomReadsThePointsFromTwoNotices() {
        assertEquals(List.of("::notice title=Autograding complete::Points 82.5/97.5",
                        "::notice title=Autograding report::{\"totalPoints\":82.5,\"maxPoints\":97.5}"),
                GitHubClassroom.notices(report()));
    }

    @Test
    void theConsoleTableHasARowPerCheckWithItsReasonThenCoverageAndTheTotal() {
        List<String> lines = ConsoleTable.lines(report());

        assertAll(
                () -> assertEquals(7, lines.size(), String.join("\n", lines)),
                () -> assertTrue(lines.get(0).matches("exercise +check +points +reason"), lines.get(0)),
                () -> assertTrue(lines.get(1).matches("philosophers +each philosopher runs in a process of its own +5/5"),
                        lines.get(1)),
                () -> assertTrue(lines.get(2).matches("philosophers +no deadlock under any schedule +0/10 +the philosophers"
                        + " deadlocked: every one holds its left fork and waits for its right \\(seed 17\\)"), lines.get(2)),
                () -> assertTrue(lines.get(3).contains("0/5  line 3: expected \"ping 11\""), lines.get(3)),
                () -> assertTrue(lines.get(5).matches("coverage +lab\\.\\*: 86% of lines ran \\(112 of 129\\); which lines: .*"
                        + "coverage.index\\.html"), lines.get(5)),
                () -> assertTrue(lines.get(6).matches("total +82\\.5/97\\.5"), lines.get(6)),
                () -> assertEquals(lines.get(1).indexOf("5/5") + 3, lines.get(6).indexOf("82.5/97.5") + 9,
                        "points are right-aligned"));
    }
}
