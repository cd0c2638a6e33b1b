package io.github.mpgrade.grading.report;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table a student sees in the terminal: one row per check with its points and, when it
 * failed, the reason in one line; then coverage and the total.
 * <pre>
 * exercise      check                                      points  reason
 * pingpong      the lines alternate under every schedule    0/10   line 3: expected "ping 11" ... (seed 4)
 * coverage      lab.*: 87% of lines ran (112 of 129)               target/mpgrade/coverage/index.html
 * total                                                   62.5/100
 * </pre>
 */
public final class ConsoleTable {
    private static final int MAX_CHECK_WIDTH = 80;
    private static final int MAX_REASON_WIDTH = 110;

    private ConsoleTable() {
    }

    public static List<String> lines(GradeReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"exercise", "check", "points", "reason"});
        for (ExerciseReport exercise : report.exercises()) {
            for (CheckReport check : exercise.checks()) {
                rows.add(new String[] {exercise.id(), Text.firstLine(check.name(), MAX_CHECK_WIDTH),
                        Scores.format(check.score()) + "/" + Scores.format(check.maxScore()),
                        check.passed() && check.message() == null ? "" : Text.reason(check, MAX_REASON_WIDTH)});
            }
        }
        int exerciseWidth = width(rows, 0);
        int checkWidth = width(rows, 1);
        int pointsWidth = Math.max(width(rows, 2), total(report).length());
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format(Locale.ROOT, "%-" + exerciseWidth + "s  %-" + checkWidth + "s  %" + pointsWidth
                    + "s  %s", row[0], row[1], row[2], row[3]).stripTrailing());
        }
        CoverageSummary coverage = report.coverage();
        if (coverage != null) {
            lines.add(String.format(Locale.ROOT, "%-" + exerciseWidth + "s  %s", "coverage", coverageLine(coverage)));
        }
        lines.add(String.format(Locale.ROOT, "%-" + exerciseWidth + "s  %-" + checkWidth + "s  %" + pointsWidth + "s",
                "total", "", total(report)));
        if (report.stoppedEarly() != null) {
            lines.add("Grading did not finish: " + report.stoppedEarly());
        }
        return lines;
    }

    private static String coverageLine(CoverageSummary coverage) {
        return Text.coverage(coverage) + (coverage.htmlReport() == null ? "" : "; which lines: " + coverage.htmlReport());
    }

    private static String total(GradeReport report) {
        return Scores.format(report.score()) + "/" + Scores.format(report.maxScore());
    }

    private static int width(List<String[]> rows, int column) {
        return rows.stream().mapToInt(row -> row[column].length()).max().orElse(0);
    }
}
