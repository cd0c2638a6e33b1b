package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Timeline.CycleWait;
import java.util.List;
import java.util.Locale;

/**
 * Draws a deadlock's wait-for cycle as inline SVG: tasks and locks around a circle, each task with a
 * dashed red arrow to the lock it waits for, each lock with a solid arrow to the task that holds it.
 */
final class CycleSvg {
    private static final int NODE_WIDTH = 120;
    private static final int NODE_HEIGHT = 30;

    private CycleSvg() {
    }

    static String render(Timeline timeline, List<String> lockNames) {
        List<CycleWait> cycle = timeline.cycle();
        int nodes = cycle.size() * 2;
        double radius = Math.max(80, nodes * 24);
        int size = (int) (2 * radius + NODE_WIDTH + 40);
        double cx = size / 2.0;
        double cy = size / 2.0;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cycle\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\"><defs>"
                + "<marker id=\"arrow-wait\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#c62828\"/></marker>"
                + "<marker id=\"arrow-held\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#333\"/></marker></defs>",
                size, size, size, size));
        double[][] at = new double[nodes][];
        for (int i = 0; i < nodes; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes;
            at[i] = new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)};
        }
        for (int i = 0; i < cycle.size(); i++) {
            double[] task = at[2 * i];
            double[] lock = at[2 * i + 1];
            double[] next = at[(2 * i + 2) % nodes];
            edge(svg, task, lock, "waits", "waits for", "arrow-wait");
            edge(svg, lock, next, "held", "held by", "arrow-held");
        }
        for (int i = 0; i < cycle.size(); i++) {
            CycleWait wait = cycle.get(i);
            String task = TimelineSvg.name(timeline.lanes().get(wait.lane()));
            String lock = wait.lock() >= 0 ? lockNames.get(wait.lock()) : wait.waitsFor();
            String title = task + " waits for " + lock + (wait.codeLine() == null ? "" : " at " + wait.codeLine());
            node(svg, at[2 * i], "cycle-task", task, title, 12);
            node(svg, at[2 * i + 1], "cycle-lock", lock, lock + " is held by "
                    + String.join(", ", wait.heldBy().stream().map(l -> TimelineSvg.name(timeline.lanes().get(l))).toList()), 3);
        }
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, double[] at, String kind, String label, String title, int corner) {
        svg.append(String.format(Locale.ROOT, "<g class=\"%s\" data-name=\"%s\"><title>%s</title><rect x=\"%.1f\" "
                + "y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"%d\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>", kind,
                Html.escape(label), Html.escape(title), at[0] - NODE_WIDTH / 2.0, at[1] - NODE_HEIGHT / 2.0, NODE_WIDTH,
                NODE_HEIGHT, corner, at[0], at[1] + 5, Html.escape(label)));
    }

    /** An arrow between two nodes' borders, with its meaning at its middle. */
    private static void edge(StringBuilder svg, double[] from, double[] to, String kind, String label, String marker) {
        double[] a = border(from, to);
        double[] b = border(to, from);
        svg.append(String.format(Locale.ROOT, "<g class=\"edge %s\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "marker-end=\"url(#%s)\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>", kind, a[0], a[1], b[0], b[1], marker,
                (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4, label));
    }

    /** Where the line from a node's centre towards another leaves the node's box. */
    private static double[] border(double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double scale = Math.min(NODE_WIDTH / 2.0 / Math.max(Math.abs(dx), 1e-9), NODE_HEIGHT / 2.0 / Math.max(Math.abs(dy), 1e-9));
        return new double[] {from[0] + dx * Math.min(scale, 1), from[1] + dy * Math.min(scale, 1)};
    }
}
