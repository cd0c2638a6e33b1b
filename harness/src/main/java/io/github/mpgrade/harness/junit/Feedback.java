package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Run;
import java.util.List;

/** Sentences for students: what was seen, where, and how to see it again. */
public final class Feedback {
    private static final int CONTEXT = 2;

    private Feedback() {
    }

    /**
     * The first line that differs from what was expected, with its neighbours:
     * <pre>
     *   line 3: expected "ping 11" but your program printed "pong 11"
     *     1  ping 10
     *     2  pong 10
     *   > 3  pong 11
     * </pre>
     */
    public static String firstWrongLine(List<String> expected, List<String> actual) {
        int i = firstDifference(expected, actual);
        if (i == expected.size() && i == actual.size()) {
            return "the lines are as expected";
        }
        StringBuilder s = new StringBuilder("line " + (i + 1) + ": ");
        if (i >= actual.size()) {
            s.append("expected \"").append(expected.get(i)).append("\" but your program printed nothing more");
        } else if (i >= expected.size()) {
            s.append("your program printed \"").append(actual.get(i)).append("\" after the last expected line");
        } else {
            s.append("expected \"").append(expected.get(i)).append("\" but your program printed \"")
                    .append(actual.get(i)).append('"');
        }
        s.append('\n');
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(actual.size() - 1, i + CONTEXT); j++) {
            s.append(j == i ? "  > " : "    ").append(j + 1).append("  ").append(actual.get(j)).append('\n');
        }
        return s.toString();
    }

    /** The index of the first line where {@code actual} differs from {@code expected} (or where one ends). */
    public static int firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return i;
    }

    /** The seed, and the command that replays its schedule. */
    public static String replay(Run run) {
        return "Seed " + run.seed() + " (" + run.strategy() + ") replays this schedule: " + GradingConfiguration.replayCommand(run.seed());
    }
}
