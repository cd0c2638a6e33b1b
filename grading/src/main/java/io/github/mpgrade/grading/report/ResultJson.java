package io.github.mpgrade.grading.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradeReport.MissedLines;
import java.nio.file.Path;

/**
 * {@code target/mpgrade/result.json}, the machine-readable result per the assignment contract §4:
 * {@code score}, {@code maxScore}, {@code exercises[]} with {@code id}, {@code score},
 * {@code maxScore} and {@code checks[]} ({@code id}, {@code score}, {@code maxScore},
 * {@code passed}, {@code message}, {@code seed}). Added fields: each check's {@code name}, the
 * run's {@code seconds}, replay {@code seed}, {@code stoppedEarly} and {@code coverage}.
 */
final class ResultJson {
    private ResultJson() {
    }

    /**
     * @param reportFolder the folder the file is written to: the coverage report's path is given
     *                     relative to it
     */
    static ObjectNode of(GradeReport report, Path reportFolder) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        number(root, "score", report.score());
        number(root, "maxScore", report.maxScore());
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseReport exercise : report.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("id", exercise.id());
            number(e, "score", exercise.score());
            number(e, "maxScore", exercise.maxScore());
            ArrayNode checks = e.putArray("checks");
            for (CheckReport check : exercise.checks()) {
                ObjectNode c = checks.addObject();
                c.put("id", check.id());
                number(c, "score", check.score());
                number(c, "maxScore", check.maxScore());
                c.put("passed", check.passed());
                c.put("message", check.message());
                c.put("seed", check.seed());
                c.put("name", check.name());
            }
        }
        root.put("seconds", Math.round(report.elapsed().toMillis() / 100.0) / 10.0);
        root.put("seed", report.seed());
        root.put("stoppedEarly", report.stoppedEarly());
        if (report.coverage() != null) {
            root.set("coverage", coverage(report.coverage(), reportFolder));
        }
        return root;
    }

    private static ObjectNode coverage(CoverageSummary coverage, Path reportFolder) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("includes", coverage.includes());
        c.put("coveredLines", coverage.coveredLines());
        c.put("totalLines", coverage.totalLines());
        c.put("percent", Math.round(coverage.percent() * 10) / 10.0);
        c.put("report", coverage.htmlReport() == null ? null
                : relative(reportFolder, coverage.htmlReport()));
        ArrayNode missed = c.putArray("linesNeverRun");
        for (MissedLines m : coverage.missed()) {
            ObjectNode method = missed.addObject();
            method.put("class", m.className());
            method.put("method", m.method());
            ArrayNode lines = method.putArray("lines");
            m.lines().forEach(lines::add);
        }
        c.put("problem", coverage.problem());
        return c;
    }

    static String relative(Path folder, Path file) {
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        return (absoluteFile.startsWith(absoluteFolder) ? absoluteFolder.relativize(absoluteFile) : absoluteFile)
                .toString().replace('\\', '/');
    }

    /** Whole points as integers ({@code 100}, not {@code 100.0}), as the contract writes them. */
    static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
