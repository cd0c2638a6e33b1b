package io.github.mpgrade.grading.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Content hashes that decide whether a submission must be graded again: the same sources graded by
 * the same grader with the same settings give the same result, so it is kept.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * The grader's version: the bytes of every entry of its class path (grader tests, harness,
     * runtime; a folder by its files), and the settings that change a score (seed, limits).
     * Jars built reproducibly hash the same until their code changes.
     */
    public static String grader(List<Path> classPath, String settings) {
        MessageDigest digest = sha256();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                for (Path file : filesUnder(entry, "")) {
                    update(digest, entry.relativize(file).toString().replace('\\', '/'));
                    update(digest, file);
                }
            } else if (Files.isRegularFile(entry)) {
                update(digest, entry.getFileName().toString());
                update(digest, entry);
            } else {
                throw new IllegalArgumentException("the grader's class path entry " + entry + " does not exist");
            }
        }
        update(digest, settings);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A submission's fingerprint: its Java sources (paths and bytes) with the grader's version. */
    public static String submission(Submission submission, String graderVersion) {
        MessageDigest digest = sha256();
        update(digest, graderVersion);
        for (Path file : javaSources(submission.sources())) {
            update(digest, submission.sources().relativize(file).toString().replace('\\', '/'));
            update(digest, file);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The {@code .java} files under a folder, sorted; none when it does not exist. Symbolic links
     * are left out: a link could make the compiler read, and quote, a file of the grading machine.
     */
    static List<Path> javaSources(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return filesUnder(root, ".java");
    }

    private static List<Path> filesUnder(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    /** A length-prefixed string, so that ("ab","c") and ("a","bc") differ. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static void update(MessageDigest digest, Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream()); // the digest sees the bytes as they pass
            update(digest, Long.toString(Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
