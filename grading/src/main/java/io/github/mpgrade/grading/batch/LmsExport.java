package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Scores;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Gradebook files that a learning management system imports as they are: {@code OUT/canvas.csv}
 * (Canvas: Grades, Import) and {@code OUT/moodle.csv} (Moodle: Grades, Import, CSV file). A
 * student is named by the login the LMS knows them by: the submission's folder name, or the
 * {@code login} a roster gives for it. The column mapping is in docs/batch-grading.md.
 */
public final class LmsExport {
    public static final String CANVAS_FILE = "canvas.csv";
    public static final String MOODLE_FILE = "moodle.csv";
    /** Canvas takes a row whose first cell matches this for the points possible of the assignments it creates. */
    static final String CANVAS_POINTS_POSSIBLE = "Points Possible";

    private LmsExport() {
    }

    /**
     * Who each submission belongs to in the LMS: a CSV with the columns {@code submission} (the
     * folder name), {@code login} (Canvas SIS Login ID, Moodle username) and optionally {@code name}.
     */
    public record Roster(Map<String, Student> bySubmission) {
        public static final Roster NONE = new Roster(Map.of());

        public Roster {
            bySubmission = Map.copyOf(bySubmission);
        }

        /** A student's login and display name in the LMS. */
        public record Student(String login, String name) {
        }

        /** The submission's student: the roster's, or one named by the folder. */
        Student of(String submission) {
            return bySubmission.getOrDefault(submission, new Student(submission, submission));
        }

        public static Roster read(Path file) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                         .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
                List<String> header = csv.getHeaderNames();
                if (!header.contains("submission") || !header.contains("login")) {
                    throw new IllegalArgumentException("the roster " + file + " has the columns " + header
                            + ": it needs a header line with the columns submission and login (and optionally name),"
                            + " e.g. submission,login,name");
                }
                Map<String, Student> students = new LinkedHashMap<>();
                for (CSVRecord record : csv) {
                    String submission = record.get("submission");
                    String login = record.get("login");
                    String name = header.contains("name") && !record.get("name").isEmpty() ? record.get("name") : login;
                    if (students.put(submission, new Student(login, name)) != null) {
                        throw new IllegalArgumentException("the roster " + file + " lists the submission " + submission
                                + " twice (line " + csv.getCurrentLineNumber() + "): keep one line per submission");
                    }
                }
                return new Roster(students);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the roster " + file + ": " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("the roster " + file + " is not valid CSV: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes both files into {@code OUT}.
     *
     * @param assignment the assignment's name in the LMS: an existing one receives the scores, a new one is created
     */
    public static void write(List<SubmissionRecord> records, Roster roster, String assignment, Path out) {
        List<SubmissionRecord> sorted = Gradebook.sorted(records);
        writeCanvas(sorted, roster, assignment, out.resolve(CANVAS_FILE));
        writeMoodle(sorted, roster, assignment, out.resolve(MOODLE_FILE));
    }

    /**
     * Canvas: the student columns of its own export ({@code Student, ID, SIS User ID, SIS Login ID,
     * Section}, matched by SIS Login ID here), a points-possible row, then one column of points.
     */
    private static void writeCanvas(List<SubmissionRecord> records, Roster roster, String assignment, Path file) {
        print(file, List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment), csv -> {
            double maxScore = records.stream().mapToDouble(SubmissionRecord::maxScore).max().orElse(0);
            csv.printRecord(CANVAS_POINTS_POSSIBLE, "", "", "", "", Scores.format(maxScore));
            for (SubmissionRecord record : records) {
                Roster.Student student = roster.of(record.submission());
                csv.printRecord(student.name(), "", "", student.login(), "", Scores.format(record.score()));
            }
        });
    }

    /** Moodle: a login column, a column of points and a column of feedback, each mapped in its import form. */
    private static void writeMoodle(List<SubmissionRecord> records, Roster roster, String assignment, Path file) {
        print(file, List.of("username", assignment, "feedback"), csv -> {
            for (SubmissionRecord record : records) {
                csv.printRecord(roster.of(record.submission()).login(), Scores.format(record.score()), feedback(record));
            }
        });
    }

    /** One line a student sees beside the grade: the score, then what lost points. */
    static String feedback(SubmissionRecord record) {
        StringBuilder text = new StringBuilder(Scores.format(record.score())).append('/')
                .append(Scores.format(record.maxScore())).append('.');
        if (record.outcome() != SubmissionRecord.Outcome.GRADED) {
            String message = record.message();
            int newline = message.indexOf('\n');
            text.append(' ').append(newline < 0 ? message : message.substring(0, newline));
        }
        if (!record.failedChecks().isEmpty()) {
            text.append(" Lost points in: ").append(String.join(", ", record.failedChecks())).append('.');
        }
        return text.toString();
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void print(Path file, List<String> header, Rows rows) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(header.toArray(String[]::new)).get())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
