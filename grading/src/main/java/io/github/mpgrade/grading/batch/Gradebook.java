package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Scores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code OUT/gradebook.csv} (contract section 4): one row per submission, sorted by name, with its
 * total and each exercise's points. RFC 4180 CSV (CRLF line ends, quotes where needed), UTF-8.
 */
public final class Gradebook {
    /** The exercise columns, in the contract's order. */
    public static final List<String> EXERCISES = List.of("philosophers", "thread-philosophers", "counter", "pingpong");
    public static final String FILE_NAME = "gradebook.csv";

    private Gradebook() {
    }

    /** The header line's columns. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("submission", "score", "maxScore"));
        header.addAll(EXERCISES);
        return header;
    }

    /** Writes the gradebook of these records, sorted by submission name. */
    public static void write(List<SubmissionRecord> records, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get())) {
            for (SubmissionRecord record : sorted(records)) {
                List<String> row = new ArrayList<>(List.of(record.submission(), Scores.format(record.score()),
                        Scores.format(record.maxScore())));
                for (String exercise : EXERCISES) {
                    row.add(Scores.format(record.exerciseScores().getOrDefault(exercise, 0.0)));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static List<SubmissionRecord> sorted(List<SubmissionRecord> records) {
        return records.stream().sorted(Comparator.comparing(SubmissionRecord::submission)).toList();
    }
}
