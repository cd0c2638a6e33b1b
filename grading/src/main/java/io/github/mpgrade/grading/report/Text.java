package io.github.mpgrade.grading.report;

import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import java.util.List;
import java.util.Locale;

/** Short forms of a check's message, for places with one line to spare. */
final class Text {
    private Text() {
    }

    /**
     * The first non-blank line of the message, with the next one when it ends in a colon (what
     * follows is the point), cut to {@code max} characters; empty when there is none.
     */
    static String firstLine(String message, int max) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String line = lines.get(0).endsWith(":") && lines.size() > 1 ? lines.get(0) + " " + lines.get(1) : lines.get(0);
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }

    /** A failed check's reason in one line, with its seed; a passed check's note, if any. */
    static String reason(CheckReport check, int max) {
        String reason = firstLine(check.message(), max);
        return check.seed() == null ? reason : reason + " (seed " + check.seed() + ")";
    }

    /** The failure's message, and the replay command unless the message already gives it. */
    static String messageWithReplay(CheckReport check) {
        String message = check.message() == null ? "" : check.message().strip();
        if (check.seed() == null || message.contains(GradingConfiguration.replayCommand(check.seed()))) {
            return message;
        }
        return message + "\n\nReplay these schedules: " + GradingConfiguration.replayCommand(check.seed());
    }

    /** {@code lab.*: 87% of lines ran (112 of 129)}, and why coverage is incomplete, if it is. */
    static String coverage(CoverageSummary coverage) {
        String line = String.format(Locale.ROOT, "%s: %.0f%% of lines ran (%d of %d)", coverage.includes(),
                Math.floor(coverage.percent()), coverage.coveredLines(), coverage.totalLines());
        return coverage.problem() == null ? line : line + "; " + coverage.problem();
    }
}
