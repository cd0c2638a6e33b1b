package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.report.html.Html;
import io.github.mpgrade.grading.report.html.HtmlReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code OUT/report.html}, what an instructor opens after a batch: the score distribution as a
 * histogram, the most-failed checks, and every submission with a link to its own
 * {@code report.html}, where each failure is drawn. Self-contained, as the submissions' reports are.
 */
final class BatchHtmlReport {
    static final String FILE_NAME = "report.html";
    private static final int BAR_WIDTH = 44;
    private static final int CHART_HEIGHT = 160;

    private BatchHtmlReport() {
    }

    static String of(List<SubmissionRecord> records) {
        List<SubmissionRecord> sorted = Gradebook.sorted(records);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Batch grading</title><style>" + CSS + "</style></head><body>\n<h1>Batch grading</h1>\n");
        if (sorted.isEmpty()) {
            return html.append("<p>No submissions were graded.</p></body></html>\n").toString();
        }
        html.append("<p>").append(Html.escape(BatchSummary.counts(sorted))).append(' ')
                .append(Html.escape(BatchSummary.statistics(sorted))).append("</p>\n<h2>Score distribution</h2>\n")
                .append(histogram(BatchSummary.bands(sorted)));
        mostFailed(html, sorted);
        submissions(html, sorted);
        return html.append("</body></html>\n").toString();
    }

    private static String histogram(int[] bands) {
        int most = Math.max(1, java.util.Arrays.stream(bands).max().orElse(1));
        int width = bands.length * BAR_WIDTH + 40;
        int height = CHART_HEIGHT + 40;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"histogram\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height, width,
                height));
        for (int band = 0; band < bands.length; band++) {
            int barHeight = bands[band] * CHART_HEIGHT / most;
            int x = 20 + band * BAR_WIDTH;
            int y = 10 + CHART_HEIGHT - barHeight;
            String label = BatchSummary.bandLabel(band);
            svg.append(String.format(Locale.ROOT, "<g class=\"bar\" data-band=\"%s\" data-count=\"%d\"><title>%s: %d "
                    + "submission%s</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"count\">%s</text><text x=\"%d\" y=\"%d\" class=\"band\">%s</text></g>",
                    label, bands[band], label, bands[band], bands[band] == 1 ? "" : "s", x + 4, y, BAR_WIDTH - 8, barHeight,
                    x + BAR_WIDTH / 2, y - 3, bands[band] == 0 ? "" : bands[band], x + BAR_WIDTH / 2, CHART_HEIGHT + 26,
                    band == 10 ? "100" : band * 10 + "s"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void mostFailed(StringBuilder html, List<SubmissionRecord> records) {
        List<Map.Entry<String, Long>> failures = BatchSummary.mostFailedChecks(records);
        int ran = BatchSummary.checksRan(records).size();
        html.append("<h2>Most-failed checks</h2>\n");
        if (failures.isEmpty()) {
            html.append(ran == 0 ? "<p>No submission's checks ran.</p>\n"
                    : "<p>Every submission whose checks ran passed every check.</p>\n");
            return;
        }
        html.append("<table class=\"most-failed\"><thead><tr><th>check</th><th>failed by</th></tr></thead><tbody>");
        for (Map.Entry<String, Long> failure : failures) {
            html.append("<tr><td>").append(Html.escape(failure.getKey())).append("</td><td class=\"num\">")
                    .append(failure.getValue()).append(" of ").append(ran).append(" (")
                    .append(Math.round(100.0 * failure.getValue() / ran)).append(" %)</td></tr>");
        }
        html.append("</tbody></table>\n");
    }

    private static void submissions(StringBuilder html, List<SubmissionRecord> records) {
        html.append("<h2>Submissions</h2>\n<table class=\"submissions\"><thead><tr><th>submission</th><th>score</th>"
                + "<th>checks failed</th><th>grading</th></tr></thead><tbody>");
        for (SubmissionRecord record : records) {
            String href = URLEncoder.encode(record.submission(), StandardCharsets.UTF_8).replace("+", "%20") + "/"
                    + HtmlReport.FILE_NAME;
            html.append("<tr><td><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(record.submission()))
                    .append("</a></td><td class=\"num\">").append(Scores.format(record.score())).append(" / ")
                    .append(Scores.format(record.maxScore())).append("</td><td class=\"num\">")
                    .append(record.failedChecks().size()).append("</td><td>")
                    .append(Html.escape(BatchSummary.describe(record.outcome()))).append("</td></tr>");
        }
        html.append("</tbody></table>\n");
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1000px;\
            padding:0 16px;color:#222}
            table{border-collapse:collapse}td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #eee}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .histogram rect{fill:#4e79a7}.histogram text{font:11px system-ui,sans-serif;text-anchor:middle;fill:#333}
            """;
}
