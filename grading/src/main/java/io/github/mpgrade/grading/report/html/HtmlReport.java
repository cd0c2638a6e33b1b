package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.report.html.Timeline.Printed;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, nothing fetched, no script) with
 * the score table and, for each failed check, its message and replay command and a picture of the
 * run it failed on: the timeline, and a deadlock's cycle.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";
    /** Printed lines listed under a timeline, around the failing step; the timeline has the rest. */
    private static final int LINES_LISTED = 200;

    private HtmlReport() {
    }

    /**
     * @param sourceDirectories the submission's sources, to name locks by their variables; may be empty
     * @param messageOf         a failed check's message as the student reads it, with the command that replays it
     */
    public static String of(GradeReport report, List<Path> sourceDirectories,
                            Function<CheckReport, String> messageOf) {
        SourceFiles sources = new SourceFiles(sourceDirectories);
        StringBuilder html = new StringBuilder(8192);
        String points = Scores.format(report.score()) + " / " + Scores.format(report.maxScore());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Grading: ").append(points).append(" points</title><style>").append(HtmlStyle.CSS)
                .append("</style></head><body>\n<h1>Grading: ").append(points).append(" points</h1>\n");
        if (report.stoppedEarly() != null) {
            html.append("<p class=\"warning\"><strong>Grading did not finish.</strong> ")
                    .append(Html.escape(report.stoppedEarly())).append("</p>\n");
        }
        scoreTable(html, report);
        Map<Timeline, String> drawnIn = new HashMap<>();
        for (ExerciseReport exercise : report.exercises()) {
            for (CheckReport check : exercise.checks()) {
                if (!check.passed()) {
                    failedCheck(html, exercise, check, sources, messageOf.apply(check), drawnIn);
                }
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void scoreTable(StringBuilder html, GradeReport report) {
        html.append("<table class=\"scores\"><thead><tr><th>exercise</th><th>check</th><th>points</th></tr></thead><tbody>");
        for (ExerciseReport exercise : report.exercises()) {
            for (CheckReport check : exercise.checks()) {
                String name = check.passed() ? Html.escape(check.name())
                        : "<a href=\"#" + anchor(exercise, check) + "\">" + Html.escape(check.name()) + "</a>";
                html.append("<tr class=\"").append(check.passed() ? "passed" : "failed").append("\"><td>")
                        .append(Html.escape(exercise.id())).append("</td><td>").append(check.passed() ? "✓ " : "✗ ")
                        .append(name).append("</td><td class=\"num\">").append(Scores.format(check.score())).append(" / ")
                        .append(Scores.format(check.maxScore())).append("</td></tr>");
            }
        }
        html.append("</tbody><tfoot><tr><td colspan=\"2\">total</td><td class=\"num\">")
                .append(Scores.format(report.score())).append(" / ").append(Scores.format(report.maxScore()))
                .append("</td></tr></tfoot></table>\n");
    }

    private static void failedCheck(StringBuilder html, ExerciseReport exercise, CheckReport check, SourceFiles sources,
                                    String message, Map<Timeline, String> drawnIn) {
        String anchor = anchor(exercise, check);
        html.append("<section class=\"check\" id=\"").append(anchor).append("\"><h2>✗ ")
                .append(Html.escape(exercise.id())).append(": ").append(Html.escape(check.name())).append(" <span class=\"pts\">")
                .append(Scores.format(check.score())).append(" / ").append(Scores.format(check.maxScore()))
                .append("</span></h2>\n<pre class=\"message\">").append(Html.escape(message)).append("</pre>\n");
        Timeline timeline = check.timeline();
        if (timeline != null) {
            String earlier = drawnIn.putIfAbsent(timeline, anchor);
            if (earlier != null) {
                html.append("<p class=\"same-run\">It failed on the same run as <a href=\"#").append(earlier)
                        .append("\">the check above</a>, drawn there.</p>\n");
            } else {
                picture(html, timeline, LockNames.of(timeline.locks(), sources));
            }
        }
        html.append("</section>\n");
    }

    private static void picture(StringBuilder html, Timeline timeline, List<String> lockNames) {
        html.append("<figure class=\"run\"><figcaption>How <code>").append(Html.escape(timeline.program()))
                .append("</code> ran under this schedule (").append(Html.escape(timeline.strategy())).append(", seed ")
                .append(timeline.seed()).append("): ").append(timeline.steps()).append(" steps, ")
                .append(ending(timeline)).append(". Time runs left to right; a lane for each process or thread.")
                .append("</figcaption>\n<div class=\"scroll\">").append(TimelineSvg.render(timeline, lockNames))
                .append("</div>\n").append(HtmlStyle.LEGEND).append(lockKey(timeline, lockNames)).append("</figure>\n");
        if (!timeline.cycle().isEmpty()) {
            html.append("<figure class=\"deadlock\"><figcaption>The deadlock: each task waits for a lock that the next "
                    + "one holds, round the circle, so none can go on. Take the locks in one order everywhere, or "
                    + "let a task that cannot get its second lock give back its first.</figcaption>")
                    .append(CycleSvg.render(timeline, lockNames)).append("</figure>\n");
        }
        printedLines(html, timeline);
    }

    /** Which lock of the picture is which of the message: the messages use the log's names ({@code Lock-1}). */
    private static String lockKey(Timeline timeline, List<String> lockNames) {
        if (timeline.locks().isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder("<p class=\"locks\">Locks: ");
        for (int i = 0; i < timeline.locks().size(); i++) {
            Timeline.LockInfo lock = timeline.locks().get(i);
            key.append(i == 0 ? "" : "; ").append("<b>").append(Html.escape(lockNames.get(i))).append("</b>");
            if (!lockNames.get(i).equals(lock.name())) {
                key.append(" is ").append(Html.escape(lock.name()));
            }
            if (lock.site() != null) {
                key.append(", made at <code>").append(Html.escape(lock.site())).append("</code>");
            }
        }
        return key.append(".</p>\n").toString();
    }

    private static String ending(Timeline timeline) {
        return switch (timeline.ending()) {
            case COMPLETED -> "it ended on its own";
            case DEADLOCK -> "it ended in a deadlock";
            case HANG -> "it hung and was stopped";
            case LIVELOCK -> "it looped without progress (a livelock) and was stopped";
            case STEP_LIMIT -> "it was stopped at the step limit";
            case NOT_STARTED -> "it could not start";
        };
    }

    private static void printedLines(StringBuilder html, Timeline timeline) {
        List<Printed> printed = timeline.printed();
        if (printed.isEmpty()) {
            return;
        }
        int failing = timeline.failingStep() == null ? -1 : timeline.failingStep().step();
        int focus = 0;
        while (focus < printed.size() && printed.get(focus).step() < failing) {
            focus++;
        }
        int from = Math.max(0, Math.min(focus - LINES_LISTED / 2, printed.size() - LINES_LISTED));
        int to = Math.min(printed.size(), from + LINES_LISTED);
        html.append("<details class=\"printed-lines\"").append(failing >= 0 ? " open" : "").append("><summary>What the ")
                .append("program printed (").append(printed.size()).append(printed.size() == 1 ? " line" : " lines")
                .append(to - from < printed.size() ? ", " + (to - from) + " listed around the failing step" : "")
                .append(")</summary><table><thead><tr><th>step</th><th>who</th><th>line</th><th>printed at</th></tr></thead><tbody>");
        for (Printed p : printed.subList(from, to)) {
            html.append("<tr").append(p.step() == failing ? " class=\"failing\"" : "").append("><td class=\"num\">")
                    .append(p.step()).append("</td><td>")
                    .append(Html.escape(TimelineSvg.name(timeline.lanes().get(p.lane()))))
                    .append("</td><td><code>").append(Html.escape(p.line())).append("</code></td><td><code>")
                    .append(Html.escape(p.site())).append("</code></td></tr>");
        }
        html.append("</tbody></table></details>\n");
    }

    private static String anchor(ExerciseReport exercise, CheckReport check) {
        return (exercise.id() + "-" + check.id()).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
