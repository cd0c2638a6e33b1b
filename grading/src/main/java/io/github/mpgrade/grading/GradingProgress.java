package io.github.mpgrade.grading;

/**
 * Told each progress line of the grader JVM as it comes (one per check, for the console). The
 * lines are for display only: results come from the grader's signed results file.
 */
@FunctionalInterface
public interface GradingProgress {
    void line(String line);

    static GradingProgress none() {
        return line -> {
        };
    }
}
