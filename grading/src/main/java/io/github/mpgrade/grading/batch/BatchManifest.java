package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.sandbox.Protection;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code OUT/batch.properties}: which shard a batch output holds, graded by which grader, and its
 * submissions; what {@link ShardMerge} checks before it combines shard outputs.
 *
 * @param shard         the slice graded
 * @param graderVersion the {@linkplain Fingerprints#grader grader's fingerprint}
 * @param protections   the sandbox's protections each submission was graded with; none without a sandbox
 * @param submissions   the names of the submissions graded, sorted
 */
public record BatchManifest(Shard shard, String graderVersion, Set<Protection> protections, List<String> submissions) {
    public static final String FILE_NAME = "batch.properties";

    public BatchManifest {
        protections = Set.copyOf(protections);
        submissions = List.copyOf(submissions);
    }

    static BatchManifest of(Shard shard, String graderVersion, Set<Protection> protections,
                            List<SubmissionRecord> records) {
        return new BatchManifest(shard, graderVersion, protections,
                records.stream().map(SubmissionRecord::submission).toList());
    }

    /** Whether a folder is a batch's output. */
    static boolean isBatchOutput(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    void write(Path out) {
        Properties properties = new Properties();
        properties.setProperty("shard", shard.toString());
        properties.setProperty("graderVersion", graderVersion);
        properties.setProperty("protections",
                protections.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        properties.setProperty("submissions", Integer.toString(submissions.size()));
        for (int i = 0; i < submissions.size(); i++) {
            properties.setProperty("submission." + i, submissions.get(i));
        }
        Path file = out.resolve(FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "mpgrade batch: the shard this folder holds");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static BatchManifest read(Path out) {
        Path file = out.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            int count = Integer.parseInt(properties.getProperty("submissions"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add(require(properties, "submission." + i));
            }
            return new BatchManifest(Shard.parse(require(properties, "shard")), require(properties, "graderVersion"),
                    protections(properties.getProperty("protections", "")), names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is damaged (" + e.getMessage() + "): grade that shard again", e);
        }
    }

    /** Written by a batch before the sandbox existed: none. */
    private static Set<Protection> protections(String names) {
        return names.isBlank() ? Set.of()
                : Stream.of(names.split(",")).map(Protection::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static String require(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }
}
