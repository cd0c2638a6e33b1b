package io.github.mpgrade.grading.report;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.GradeReport.MissedLines;
import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.report.html.HtmlReport;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@code feedback.md}, what a student reads: the points per exercise, then every failed check
 * with its whole message, its seed and the command that replays it, then the lines of their
 * code that no grading run reached.
 */
final class FeedbackMarkdown {
    private FeedbackMarkdown() {
    }

    /**
     * @param reportFolder the folder the file is written to: the coverage report is linked
     *                     relative to it
     */
    static String of(GradeReport report, Path reportFolder) {
        StringBuilder md = new StringBuilder();
        md.append("# Grading: ").append(points(report.score(), report.maxScore())).append(" points\n\n");
        if (report.stoppedEarly() != null) {
            md.append("> **Grading did not finish.** ").append(report.stoppedEarly()).append("\n\n");
        }
        if (report.checks().stream().anyMatch(c -> c.timeline() != null)) {
            md.append("Each failure's run is drawn step by step, lane by lane, in [")
                    .append(HtmlReport.FILE_NAME).append("](").append(HtmlReport.FILE_NAME)
                    .append("): open it in a browser.\n\n");
        }
        if (report.seed() != null) {
            md.append("Every schedule was replayed from seed ").append(report.seed()).append(".\n\n");
        }
        md.append("| exercise | points |\n|---|---|\n");
        for (ExerciseReport exercise : report.exercises()) {
            md.append("| ").append(exercise.id()).append(" | ").append(points(exercise.score(), exercise.maxScore()))
                    .append(" |\n");
        }
        md.append('\n');
        for (ExerciseReport exercise : report.exercises()) {
            md.append("## ").append(exercise.id()).append(": ").append(points(exercise.score(), exercise.maxScore()))
                    .append("\n\n");
            for (CheckReport check : exercise.checks()) {
                md.append("- ").append(check.passed() ? "✅ " : "❌ ").append(escape(check.name())).append(" (")
                        .append(points(check.score(), check.maxScore())).append(")\n");
            }
            md.append('\n');
            for (CheckReport check : exercise.checks()) {
                if (!check.passed() || check.message() != null) {
                    md.append("### ").append(check.passed() ? "Note on " : "❌ ").append(escape(check.name()))
                            .append("\n\n```text\n").append(Text.messageWithReplay(check).replace("```", "'''"))
                            .append("\n```\n\n");
                }
            }
        }
        if (report.coverage() != null) {
            md.append(coverage(report.coverage(), reportFolder));
        }
        return md.toString();
    }

    /** The section a submission that does not compile gets: what the compiler said. */
    static String compilerErrors(String errors) {
        return "## Compiler errors\n\n```text\n" + errors.replace("```", "'''") + "\n```\n";
    }

    private static String coverage(CoverageSummary coverage, Path reportFolder) {
        StringBuilder md = new StringBuilder("## Coverage\n\n");
        md.append("What the grading runs executed of your code: ").append(escape(Text.coverage(coverage))).append(".\n\n");
        if (!coverage.missed().isEmpty()) {
            md.append("Lines that never ran:\n\n");
            for (MissedLines m : coverage.missed()) {
                md.append("- `").append(m.className()).append("`, ").append(m.method()).append(": line")
                        .append(m.lines().size() == 1 ? " " : "s ")
                        .append(m.lines().stream().map(String::valueOf).collect(Collectors.joining(", "))).append('\n');
            }
            md.append('\n');
        }
        if (coverage.htmlReport() != null) {
            md.append("The report with your code, line by line: [")
                    .append(ResultJson.relative(reportFolder, coverage.htmlReport())).append("](")
                    .append(ResultJson.relative(reportFolder, coverage.htmlReport())).append(")\n");
        }
        return md.toString();
    }

    private static String points(double score, double maxScore) {
        return Scores.format(score) + " / " + Scores.format(maxScore);
    }

    /** Keeps a line of text from turning into Markdown markup. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
