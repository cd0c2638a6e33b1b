package io.github.mpgrade.grading.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The columns a timeline is drawn in. Only steps where something drawn happens get a column (a lock
 * taken, released or waited for, a line printed, the failing step, the end); a run with more of them
 * than a reader can follow keeps its start and the stretch that leads to the failing step, and each
 * stretch in between becomes one narrow folded column.
 */
final class Folding {
    /*
     * Sized so that a folded run's failing step shows in a report page's width, without scrolling:
     * the start, one fold, and the stretch that leads to it.
     */
    /** Drawn steps at the start of a long run that stay unfolded: how the program began. */
    static final int HEAD = 6;
    /** Drawn steps that lead up to the failing step (or the end) and stay unfolded. */
    static final int BEFORE = 32;
    /** Drawn steps after the failing step that stay unfolded. */
    static final int AFTER = 8;

    /**
     * A column: one step, or a folded stretch of steps.
     *
     * @param from the first step it covers
     * @param to   the last step it covers (equal to {@code from} for one step)
     */
    record Column(int from, int to, boolean folded) {
        boolean covers(int step) {
            return from <= step && step <= to;
        }
    }

    private Folding() {
    }

    static List<Column> of(Timeline timeline) {
        List<Integer> drawn = new ArrayList<>(drawnSteps(timeline));
        if (drawn.size() <= HEAD + BEFORE + AFTER + 1) {
            return drawn.stream().map(step -> new Column(step, step, false)).toList();
        }
        int focusStep = timeline.failingStep() != null ? timeline.failingStep().step() : drawn.get(drawn.size() - 1);
        int focus = drawn.indexOf(focusStep);
        int keepFrom = Math.max(HEAD, focus - BEFORE);
        int keepTo = Math.min(drawn.size() - 1, focus + AFTER);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < HEAD; i++) {
            columns.add(new Column(drawn.get(i), drawn.get(i), false));
        }
        if (keepFrom > HEAD) {
            columns.add(new Column(drawn.get(HEAD), drawn.get(keepFrom - 1), true));
        }
        for (int i = keepFrom; i <= keepTo; i++) {
            columns.add(new Column(drawn.get(i), drawn.get(i), false));
        }
        if (keepTo < drawn.size() - 1) {
            columns.add(new Column(drawn.get(keepTo + 1), drawn.get(drawn.size() - 1), true));
        }
        return columns;
    }

    /** The steps where something drawn happens, the last step included. */
    static TreeSet<Integer> drawnSteps(Timeline timeline) {
        TreeSet<Integer> steps = new TreeSet<>();
        timeline.spans().forEach(span -> {
            steps.add(span.from());
            steps.add(span.to());
        });
        timeline.printed().forEach(p -> steps.add(p.step()));
        if (timeline.failingStep() != null) {
            steps.add(timeline.failingStep().step());
        }
        if (timeline.steps() > 0) {
            steps.add(timeline.steps() - 1);
        }
        return steps;
    }
}
