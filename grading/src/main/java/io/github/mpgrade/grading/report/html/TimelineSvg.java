package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Folding.Column;
import io.github.mpgrade.grading.report.html.Timeline.Lane;
import io.github.mpgrade.grading.report.html.Timeline.Printed;
import io.github.mpgrade.grading.report.html.Timeline.Span;
import io.github.mpgrade.grading.report.html.Timeline.SpanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Timeline} as inline SVG: a lane per task, a bar while it holds a lock (solid) or
 * waits for one (hatched), a dot where it printed (the line and where in the code on hover), and the
 * failing step as a red line across the lanes. Folded stretches are grey columns.
 */
final class TimelineSvg {
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#c9a227", "#9c755f",
        "#e15759"};
    private static final int LABEL_WIDTH = 150;
    private static final int COLUMN_WIDTH = 22;
    /** Room right of the last column, for the last lines' text and the failing step's label. */
    private static final int RIGHT_MARGIN = 150;
    private static final int MIN_WIDTH = 760;
    private static final int BOLD_CHAR_WIDTH = 7;
    private static final int FOLD_WIDTH = 64;
    private static final int TOP = 44;
    private static final int MARK_ROW = 18;
    private static final int ROW = 17;
    private static final int LANE_GAP = 10;
    private static final int CHAR_WIDTH = 6;
    private static final int MIN_SHOWN_CHARS = 12;

    private final Timeline timeline;
    private final List<String> lockNames;
    private final List<Column> columns;
    private final int[] columnX;
    private final StringBuilder svg = new StringBuilder();

    private TimelineSvg(Timeline timeline, List<String> lockNames) {
        this.timeline = timeline;
        this.lockNames = lockNames;
        this.columns = Folding.of(timeline);
        this.columnX = new int[columns.size() + 1];
        int x = LABEL_WIDTH;
        for (int i = 0; i < columns.size(); i++) {
            columnX[i] = x;
            x += columns.get(i).folded() ? FOLD_WIDTH : COLUMN_WIDTH;
        }
        columnX[columns.size()] = x;
    }

    static String render(Timeline timeline, List<String> lockNames) {
        return new TimelineSvg(timeline, lockNames).render();
    }

    private String render() {
        List<List<Span>> rows = new ArrayList<>();
        int[] laneTop = new int[timeline.lanes().size() + 1];
        int[][] spanRow = new int[timeline.lanes().size()][];
        int y = TOP;
        for (int lane = 0; lane < timeline.lanes().size(); lane++) {
            laneTop[lane] = y;
            List<Span> spans = spansOf(lane);
            spanRow[lane] = rowsOf(spans);
            int rowCount = 0;
            for (int r : spanRow[lane]) {
                rowCount = Math.max(rowCount, r + 1);
            }
            rows.add(spans);
            y += MARK_ROW + Math.max(1, rowCount) * ROW + LANE_GAP;
        }
        laneTop[timeline.lanes().size()] = y;
        int width = width();
        int height = y + 4;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", width, height, width, height));
        patterns();
        axis();
        for (int lane = 0; lane < timeline.lanes().size(); lane++) {
            lane(lane, laneTop[lane], laneTop[lane + 1] - LANE_GAP, rows.get(lane), spanRow[lane]);
        }
        folds(height);
        failingStep(height);
        svg.append("</svg>");
        return svg.toString();
    }

    private void patterns() {
        svg.append("<defs>");
        for (int i = 0; i < PALETTE.length; i++) {
            svg.append("<pattern id=\"hatch-").append(i).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                    .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
                    .append("<rect width=\"3\" height=\"6\" fill=\"").append(PALETTE[i]).append("\"/></pattern>");
        }
        svg.append("</defs>");
    }

    /** Step numbers along the top. */
    private void axis() {
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).folded() && i % 5 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">%d</text>",
                        columnX[i] + COLUMN_WIDTH / 2, TOP - 30, columns.get(i).from()));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" class=\"axis-title\">step</text>", TOP - 30));
    }

    /** The folded stretches, over the lanes: grey columns that say how much they hide. */
    private void folds(int height) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.folded()) {
                long lines = timeline.printed().stream().filter(p -> column.covers(p.step())).count();
                int middle = columnX[i] + FOLD_WIDTH / 2;
                svg.append(String.format(Locale.ROOT, "<g class=\"fold\"><title>steps %d to %d folded: they are far from "
                        + "where the run went wrong (%d lines printed in them; the list below has them)</title>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/><text x=\"%d\" y=\"%d\" class=\"fold-label\">"
                        + "%d</text><text x=\"%d\" y=\"%d\" class=\"fold-label\">steps</text><text x=\"%d\" y=\"%d\" "
                        + "class=\"fold-label\">folded</text></g>", column.from(), column.to(), lines, columnX[i], TOP - 4,
                        FOLD_WIDTH, height - TOP, middle, TOP + 14, column.to() - column.from() + 1, middle, TOP + 27,
                        middle, TOP + 40));
            }
        }
    }

    private void lane(int lane, int top, int bottom, List<Span> spans, int[] spanRow) {
        Lane info = timeline.lanes().get(lane);
        String name = name(info);
        svg.append("<g class=\"lane\" data-lane=\"").append(Html.escape(name)).append("\">");
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"lane-bg%s\"/>",
                top - 4, width(), bottom - top + 8, lane % 2 == 0 ? "" : " odd"));
        svg.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"%d\" class=\"lane-name\">%s</text>", top + 14,
                Html.escape(name)));
        if (info.printedName() != null) {
            svg.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"%d\" class=\"lane-task\">%s</text>", top + 28,
                    Html.escape(info.taskName())));
        }
        for (int i = 0; i < spans.size(); i++) {
            span(spans.get(i), top + MARK_ROW + spanRow[i] * ROW, name);
        }
        List<Printed> printed = timeline.printed().stream().filter(p -> p.lane() == lane && shown(p.step())).toList();
        for (int i = 0; i < printed.size(); i++) {
            int limit = i + 1 < printed.size() ? center(printed.get(i + 1).step()) : width();
            mark(printed.get(i), top + 8, limit);
        }
        svg.append("</g>");
    }

    private void span(Span span, int y, String laneName) {
        int x1 = columns.get(columnOf(span.from())).folded() ? left(span.from()) : center(span.from());
        int x2 = span.open() ? columnX[columns.size()] + 12 : columns.get(columnOf(span.to())).folded() ? right(span.to())
                : center(span.to());
        x2 = Math.max(x2, x1 + 4);
        int color = span.lock() % PALETTE.length;
        String lock = lockNames.get(span.lock());
        boolean holds = span.kind() == SpanKind.HOLDS;
        String title = laneName + (holds ? " holds " : " waits for ") + lock + " from step " + span.from()
                + (span.open() ? ", still at the end of the run" : " to step " + span.to());
        svg.append(String.format(Locale.ROOT, "<g class=\"span %s%s\" data-lock=\"%s\"><title>%s</title>",
                holds ? "holds" : "waits", span.open() ? " open" : "", Html.escape(lock), Html.escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\" "
                + "stroke=\"%s\"/>", x1, y, x2 - x1, ROW - 3, holds ? PALETTE[color] : "url(#hatch-" + color + ")",
                PALETTE[color]));
        String label = (holds ? "" : "waits for ") + lock;
        if (label.length() * CHAR_WIDTH + 6 <= x2 - x1) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"span-label%s\">%s</text>", x1 + 4,
                    y + ROW - 7, holds ? "" : " on-hatch", Html.escape(label)));
        }
        svg.append("</g>");
    }

    private void mark(Printed printed, int y, int limit) {
        boolean failing = timeline.failingStep() != null && timeline.failingStep().step() == printed.step();
        int x = center(printed.step());
        String title = "step " + printed.step() + ": printed \"" + printed.line() + "\""
                + (printed.site() == null ? "" : "\nat " + printed.site());
        svg.append(String.format(Locale.ROOT, "<g class=\"printed%s\" data-step=\"%d\"><title>%s</title>"
                + "<circle cx=\"%d\" cy=\"%d\" r=\"%d\"/>", failing ? " failing" : "", printed.step(), Html.escape(title), x, y,
                failing ? 6 : 4));
        String text = printed.line();
        int room = (limit - x - 10) / CHAR_WIDTH;
        // A line cut to a few letters says nothing the dot's hover and the list below do not say better.
        if (text.length() <= room || room >= MIN_SHOWN_CHARS) {
            String shownText = text.length() <= room ? text : text.substring(0, room - 1) + "…";
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"printed-text\">%s</text>", x + 7, y + 4,
                    Html.escape(shownText)));
        }
        svg.append("</g>");
    }

    private void failingStep(int height) {
        if (timeline.failingStep() == null || !shown(timeline.failingStep().step())) {
            return;
        }
        Timeline.FailingStep failing = timeline.failingStep();
        int x = center(failing.step());
        String who = failing.lane() < 0 ? "" : name(timeline.lanes().get(failing.lane())) + " ";
        String label = "step " + failing.step() + ": " + who + failing.what();
        // Right of the line in the left half, left of it in the right half (where the view may end), never past the edge.
        int labelWidth = label.length() * BOLD_CHAR_WIDTH;
        int labelX = x < width() / 2 ? x + 4 : Math.max(4, x - 4 - labelWidth);
        svg.append(String.format(Locale.ROOT, "<g class=\"failing-step\" data-step=\"%d\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
                + "y2=\"%d\"/><text x=\"%d\" y=\"%d\">%s</text></g>", failing.step(), x, TOP - 8, x, height, labelX,
                TOP - 12, Html.escape(label)));
    }

    static String name(Lane lane) {
        return lane.printedName() != null ? lane.printedName() : lane.taskName();
    }

    private int width() {
        return Math.max(MIN_WIDTH, columnX[columns.size()] + RIGHT_MARGIN);
    }

    private List<Span> spansOf(int lane) {
        // A stretch that begins and ends inside one folded column adds nothing but ink.
        return timeline.spans().stream().filter(s -> s.lane() == lane)
                .filter(s -> !(columnOf(s.from()) == columnOf(s.to()) && columns.get(columnOf(s.from())).folded()))
                .toList();
    }

    /** A row for each span of a lane, so that no two that overlap share one. */
    private int[] rowsOf(List<Span> spans) {
        int[] rows = new int[spans.size()];
        List<Integer> rowEnds = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) >= span.from()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(span.to());
            } else {
                rowEnds.set(row, span.to());
            }
            rows[i] = row;
        }
        return rows;
    }

    private boolean shown(int step) {
        return !columns.get(columnOf(step)).folded();
    }

    /** The column that shows a step, or the folded column it is in; a step between columns goes to the next. */
    private int columnOf(int step) {
        int low = 0;
        int high = columns.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (columns.get(mid).to() < step) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int center(int step) {
        int i = columnOf(step);
        return columns.get(i).folded() ? columnX[i] + FOLD_WIDTH / 2 : columnX[i] + COLUMN_WIDTH / 2;
    }

    private int left(int step) {
        return columnX[columnOf(step)];
    }

    private int right(int step) {
        return columnX[columnOf(step) + 1];
    }
}
