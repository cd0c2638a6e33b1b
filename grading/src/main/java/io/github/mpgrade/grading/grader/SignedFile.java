package io.github.mpgrade.grading.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file whose first line is the HMAC-SHA256 of the rest under a key only the grader JVM and the
 * process that forked it know. Student code runs as the same user and can write the file, but
 * cannot produce a signature that verifies, so an altered or replaced file is detected.
 */
public final class SignedFile {
    private static final String PREFIX = "hmac-sha256 ";

    private SignedFile() {
    }

    /** Writes the payload and its signature, atomically: a reader never sees half a file. */
    public static void write(Path file, byte[] key, byte[] payload) throws IOException {
        byte[] header = (PREFIX + HexFormat.of().formatHex(mac(key, payload)) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".partial");
        try {
            Files.write(partial, concat(header, payload));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The payload, if the signature verifies.
     *
     * @throws TamperedException if the file is not signed with this key
     */
    public static byte[] read(Path file, byte[] key) throws IOException, TamperedException {
        byte[] content = Files.readAllBytes(file);
        int newline = indexOf(content, (byte) '\n');
        String header = new String(content, 0, Math.max(newline, 0), StandardCharsets.US_ASCII);
        if (newline < 0 || !header.startsWith(PREFIX)) {
            throw new TamperedException(file + " has no signature line");
        }
        byte[] payload = Arrays.copyOfRange(content, newline + 1, content.length);
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new TamperedException(file + " has a malformed signature");
        }
        if (!MessageDigest.isEqual(claimed, mac(key, payload))) {
            throw new TamperedException(file + " was not written by this run's grader: its signature does not match");
        }
        return payload;
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The file was not signed with the expected key: something else wrote it. */
    public static final class TamperedException extends Exception {
        public TamperedException(String message) {
            super(message);
        }
    }
}
