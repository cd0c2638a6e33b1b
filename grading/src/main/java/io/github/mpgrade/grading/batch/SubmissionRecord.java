package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.Scores;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the batch keeps of one graded submission, in {@code OUT/<submission>/}{@value #FILE_NAME}:
 * its gradebook row, the checks it failed (for the summary), why grading did not finish (if it did
 * not) and the fingerprint of what was graded. It is written last, after the reports: a batch
 * stopped halfway grades again exactly the submissions without one.
 *
 * @param submission     the submission's folder name
 * @param outcome        how grading went
 * @param score          the points earned
 * @param maxScore       the points there were to earn
 * @param exerciseScores each exercise's points, by exercise id, in the grader's order
 * @param failedChecks   {@code exercise/check} of each check that lost points
 * @param message        what went wrong, for the instructor and student; empty when graded normally
 * @param fingerprint    the {@linkplain Fingerprints#submission fingerprint} of the sources and grader
 * @param elapsed        how long grading took
 */
public record SubmissionRecord(String submission, Outcome outcome, double score, double maxScore,
                               Map<String, Double> exerciseScores, List<String> failedChecks, String message,
                               String fingerprint, Duration elapsed) {
    public static final String FILE_NAME = "batch-record.properties";

    /** How grading of a submission went. */
    public enum Outcome {
        /** every check ran */
        GRADED,
        /** its sources did not compile (or define classes they may not): no check ran */
        DOES_NOT_COMPILE,
        /** the time limit stopped grading: the checks that finished count, the others get 0 */
        TIMED_OUT,
        /** its processes and threads passed the limit and were killed: the checks that finished count */
        TOO_MANY_TASKS,
        /** grading crashed, could not run or was interrupted: graded again on the next run */
        NOT_GRADED,
        /** a program of it killed its grader: the checks that finished count, the others get 0 */
        GRADER_KILLED
    }

    public SubmissionRecord {
        exerciseScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exerciseScores));
        failedChecks = List.copyOf(failedChecks);
        elapsed = Duration.ofMillis(elapsed.toMillis()); // as written: a record reads back equal
    }

    /** The record of a report, with the message of how it ended (empty when it ended normally). */
    public static SubmissionRecord of(String submission, Outcome outcome, GradeReport report, String message,
                                      String fingerprint, Duration elapsed) {
        Map<String, Double> exercises = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (GradeReport.ExerciseReport exercise : report.exercises()) {
            exercises.put(exercise.id(), exercise.score());
            for (GradeReport.CheckReport check : exercise.checks()) {
                if (!check.passed() || check.score() < check.maxScore()) {
                    failed.add(exercise.id() + "/" + check.id());
                }
            }
        }
        return new SubmissionRecord(submission, outcome, report.score(), report.maxScore(), exercises, failed, message,
                fingerprint, elapsed);
    }

    /** The record in a submission's output folder, if it has one. */
    public static Optional<SubmissionRecord> read(Path submissionOutput) {
        Path file = submissionOutput.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Map<String, Double> exercises = new LinkedHashMap<>();
            for (String id : list(properties.getProperty("exercises"))) {
                exercises.put(id, Double.parseDouble(required(properties, "exercise." + id)));
            }
            return Optional.of(new SubmissionRecord(required(properties, "submission"),
                    Outcome.valueOf(required(properties, "outcome")),
                    Double.parseDouble(required(properties, "score")), Double.parseDouble(required(properties, "maxScore")),
                    exercises, list(properties.getProperty("failedChecks")), properties.getProperty("message", ""),
                    required(properties, "fingerprint"), Duration.ofMillis(Long.parseLong(required(properties, "millis")))));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is damaged (" + e.getMessage() + "): delete it and grade again,"
                    + " or grade all again with -Dmpgrade.force", e);
        }
    }

    /** Writes the record into a submission's output folder, atomically where the file system can. */
    public void write(Path submissionOutput) {
        Properties properties = new Properties();
        properties.setProperty("submission", submission);
        properties.setProperty("outcome", outcome.name());
        properties.setProperty("score", Scores.format(score));
        properties.setProperty("maxScore", Scores.format(maxScore));
        properties.setProperty("exercises", String.join(",", exerciseScores.keySet()));
        exerciseScores.forEach((id, points) -> properties.setProperty("exercise." + id, Scores.format(points)));
        properties.setProperty("failedChecks", String.join(",", failedChecks));
        properties.setProperty("message", message);
        properties.setProperty("fingerprint", fingerprint);
        properties.setProperty("millis", Long.toString(elapsed.toMillis()));
        Path file = submissionOutput.resolve(FILE_NAME);
        Path partial = submissionOutput.resolve(FILE_NAME + ".partial");
        try {
            Files.createDirectories(submissionOutput);
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(writer, "mpgrade batch: what was graded and how it went");
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The score in percent of the maximum; 0 when there is nothing to earn. */
    public double percent() {
        return maxScore == 0 ? 0 : 100 * score / maxScore;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
