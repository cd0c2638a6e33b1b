package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Timeline.CycleWait;
import io.github.mpgrade.grading.report.html.Timeline.Printed;
import java.nio.file.Path;
import java.util.List;

/**
 * A failed check as plain HTML, for outputs that take HTML but no SVG or styles (Gradescope's
 * {@code output_format: html}): the message, then the printed lines around the failing step in a
 * table with a column per task, the failing line in bold, and a deadlock's cycle in words.
 */
public final class InterleavingTable {
    /** Printed lines shown before and after the failing step. */
    private static final int AROUND = 8;

    private InterleavingTable() {
    }

    public static String of(String message, Timeline timeline, List<Path> sourceDirectories) {
        List<String> lockNames = LockNames.of(timeline.locks(), new SourceFiles(sourceDirectories));
        StringBuilder html = new StringBuilder("<pre>").append(Html.escape(message)).append("</pre>");
        List<Printed> printed = timeline.printed();
        int failing = timeline.failingStep() == null ? -1 : timeline.failingStep().step();
        int focus = 0;
        while (focus < printed.size() - 1 && printed.get(focus).step() < failing) {
            focus++;
        }
        if (!printed.isEmpty()) {
            int from = Math.max(0, focus - AROUND);
            int to = Math.min(printed.size(), focus + AROUND + 1);
            html.append("<p>What each task printed, in the order of this run (steps ").append(printed.get(from).step())
                    .append(" to ").append(printed.get(to - 1).step()).append("):</p><table><tr><th>step</th>");
            timeline.lanes().forEach(lane -> html.append("<th>").append(Html.escape(TimelineSvg.name(lane))).append("</th>"));
            html.append("</tr>");
            for (Printed p : printed.subList(from, to)) {
                html.append("<tr><td>").append(p.step()).append("</td>");
                for (int lane = 0; lane < timeline.lanes().size(); lane++) {
                    String cell = lane != p.lane() ? "" : p.step() == failing
                            ? "<strong>" + Html.escape(p.line()) + " ← here</strong>" : Html.escape(p.line());
                    html.append("<td>").append(cell).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        if (!timeline.cycle().isEmpty()) {
            html.append("<p>The deadlock's cycle:</p><ul>");
            for (CycleWait wait : timeline.cycle()) {
                html.append("<li>").append(Html.escape(TimelineSvg.name(timeline.lanes().get(wait.lane()))))
                        .append(" waits for ").append(Html.escape(wait.lock() >= 0 ? lockNames.get(wait.lock()) : wait.waitsFor()))
                        .append(", held by ").append(Html.escape(String.join(", ", wait.heldBy().stream()
                                .map(l -> TimelineSvg.name(timeline.lanes().get(l))).toList()))).append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }
}
