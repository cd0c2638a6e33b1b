package io.github.mpgrade.grading;

import java.util.Optional;

/**
 * Grading could not run or could not finish: the grader JVM did not start, crashed, or its results
 * were missing or altered. The message names the cause and what to try. When the grader had
 * already finished some checks, their results come with it.
 */
public final class GradingException extends Exception {
    private final transient GradeReport partialReport;

    public GradingException(String message, GradeReport partialReport, Throwable cause) {
        super(message, cause);
        this.partialReport = partialReport;
    }

    public GradingException(String message) {
        this(message, null, null);
    }

    /** The checks that had finished before grading failed, if any did. */
    public Optional<GradeReport> partialReport() {
        return Optional.ofNullable(partialReport);
    }
}
