package io.github.mpgrade.grading;

import io.github.mpgrade.grading.report.html.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of grading one submission: what every report is written from.
 *
 * @param exercises    the exercises in the order the checks ran, each with its checks
 * @param elapsed      the wall time of the grader JVM, start-up included
 * @param seed         the seed every schedule was replayed with ({@code -Dmpgrade.seed}), or null
 * @param coverage     what the child JVMs ran of the submission's code, or null if not measured
 * @param stoppedEarly why grading stopped before every check finished (the time limit), or null
 */
public record GradeReport(List<ExerciseReport> exercises, Duration elapsed, Long seed, CoverageSummary coverage,
                          String stoppedEarly) {
    public GradeReport {
        exercises = List.copyOf(exercises);
    }

    public double score() {
        return exercises.stream().mapToDouble(ExerciseReport::score).sum();
    }

    public double maxScore() {
        return exercises.stream().mapToDouble(ExerciseReport::maxScore).sum();
    }

    /** The score in percent of the maximum; 0 when there is nothing to earn. */
    public double percent() {
        return maxScore() == 0 ? 0 : 100 * score() / maxScore();
    }

    public List<CheckReport> checks() {
        return exercises.stream().flatMap(e -> e.checks().stream()).toList();
    }

    /**
     * One exercise.
     *
     * @param id      the exercise id ({@code philosophers}, {@code counter}, ...)
     * @param elapsed the time its checks took, their setup included
     */
    public record ExerciseReport(String id, List<CheckReport> checks, Duration elapsed) {
        public ExerciseReport {
            checks = List.copyOf(checks);
        }

        public double score() {
            return checks.stream().mapToDouble(CheckReport::score).sum();
        }

        public double maxScore() {
            return checks.stream().mapToDouble(CheckReport::maxScore).sum();
        }
    }

    /**
     * One check.
     *
     * @param id       the check's id: its test method's name
     * @param name     what it checks, in words (its display name)
     * @param score    the points earned
     * @param maxScore the points it is worth
     * @param passed   whether it passed
     * @param message  what went wrong, written for the student (several lines), or a note, or null
     * @param seed     the seed that replays the failure, or null
     * @param elapsed  the time the check's own test method took
     * @param timeline the run it failed on, as the HTML report draws it; or null
     */
    public record CheckReport(String id, String name, double score, double maxScore, boolean passed,
                              String message, Long seed, Duration elapsed, Timeline timeline) {
        /** A check with no run to draw. */
        public CheckReport(String id, String name, double score, double maxScore, boolean passed, String message,
                           Long seed, Duration elapsed) {
            this(id, name, score, maxScore, passed, message, seed, elapsed, null);
        }
    }

    /**
     * Line coverage of the submission's classes by every child JVM of the grading runs.
     *
     * @param includes     the classes measured (JaCoCo pattern)
     * @param coveredLines lines that ran at least once
     * @param totalLines   lines with code
     * @param missed       each method with lines that never ran
     * @param htmlReport   the HTML report's index page, or null if none was written
     * @param problem      why coverage is incomplete or missing, for the reader; or null
     */
    public record CoverageSummary(String includes, int coveredLines, int totalLines, List<MissedLines> missed,
                                  Path htmlReport, String problem) {
        public CoverageSummary {
            missed = List.copyOf(missed);
        }

        public double percent() {
            return totalLines == 0 ? 0 : 100.0 * coveredLines / totalLines;
        }
    }

    /** A method's lines that never ran: {@code lab.philosophers.Philosopher.run}, lines 21, 22. */
    public record MissedLines(String className, String method, List<Integer> lines) {
        public MissedLines {
            lines = List.copyOf(lines);
        }
    }
}
