package io.github.mpgrade.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.report.html.InterleavingTable;
import java.nio.file.Path;
import java.util.List;

/**
 * Gradescope's {@code results.json}: {@code score}, {@code execution_time} in seconds,
 * {@code output} (the summary) and {@code tests[]}, one per check, numbered
 * {@code <exercise>.<check>}, each with {@code name}, {@code number}, {@code score},
 * {@code max_score}, {@code status}, {@code output}, {@code output_format} and {@code visibility}.
 * A check's output is plain text, so the harness's aligned excerpts keep their layout; a check that
 * failed on a drawn run gets HTML, the message in {@code <pre>} and the run as a table with a column
 * per task (Gradescope's HTML takes no SVG).
 */
final class GradescopeResults {
    private GradescopeResults() {
    }

    /** @param sourceDirectories the submission's sources, to name locks in a drawn failure by their variables */
    static ObjectNode of(GradeReport report, List<Path> sourceDirectories) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ResultJson.number(root, "score", report.score());
        root.put("execution_time", Math.max(1, Math.round(report.elapsed().toMillis() / 1000.0)));
        root.put("output", summary(report));
        root.put("output_format", "text");
        ArrayNode tests = root.putArray("tests");
        int e = 0;
        for (ExerciseReport exercise : report.exercises()) {
            e++;
            int c = 0;
            for (CheckReport check : exercise.checks()) {
                c++;
                ObjectNode test = tests.addObject();
                test.put("name", exercise.id() + ": " + check.name());
                test.put("number", e + "." + c);
                ResultJson.number(test, "score", check.score());
                ResultJson.number(test, "max_score", check.maxScore());
                test.put("status", check.passed() ? "passed" : "failed");
                if (check.timeline() == null) {
                    test.put("output", Text.messageWithReplay(check));
                    test.put("output_format", "text");
                } else {
                    test.put("output", InterleavingTable.of(Text.messageWithReplay(check), check.timeline(),
                            sourceDirectories));
                    test.put("output_format", "html");
                }
                test.put("visibility", "visible");
            }
        }
        return root;
    }

    private static String summary(GradeReport report) {
        StringBuilder s = new StringBuilder("Score: " + Scores.format(report.score()) + "/"
                + Scores.format(report.maxScore()) + "\n");
        if (report.coverage() != null) {
            s.append("Coverage of ").append(Text.coverage(report.coverage())).append('\n');
        }
        if (report.stoppedEarly() != null) {
            s.append(report.stoppedEarly()).append('\n');
        }
        return s.toString();
    }
}
