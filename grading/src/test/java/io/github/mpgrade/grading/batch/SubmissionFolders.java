package io.github.mpgrade.grading.batch;

import io.github.mpgrade.multiprocessing.Process;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Builds submission folders and records for the batch's tests. */
final class SubmissionFolders {
    private SubmissionFolders() {
    }

    /** The runtime's jar or classes folder: what submissions compile and run against. */
    static Path runtime() {
        try {
            return Path.of(Process.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file of {@code <folder>/src/main/java}; the path is relative to it. */
    static Submission write(Path folder, String sourcePath, String content) {
        Path file = folder.resolve("src/main/java").resolve(sourcePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Submission(folder.getFileName().toString(), folder);
    }

    /** A record as grading writes one. */
    static SubmissionRecord record(String name, double score, Map<String, Double> exercises, List<String> failed) {
        return new SubmissionRecord(name, SubmissionRecord.Outcome.GRADED, score, 100, exercises, failed, "", "f-" + name,
                Duration.ofMillis(1500));
    }
}
