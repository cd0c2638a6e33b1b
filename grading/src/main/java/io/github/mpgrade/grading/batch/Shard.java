package io.github.mpgrade.grading.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One slice of a batch: shard {@code index} of {@code count}, numbered from 1 as GitLab's
 * {@code CI_NODE_INDEX/CI_NODE_TOTAL} are. A submission belongs to the shard its name hashes to,
 * so adding or removing a submission never moves another one to a different shard (and a
 * shard's cached results stay valid).
 */
public record Shard(int index, int count) {
    /** The whole batch: one shard of one. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: use k/n with 1 <= k <= n,"
                    + " e.g. 1/2 and 2/2 for two shards");
        }
    }

    /** Parses {@code k/n}, the form of {@code -Dmpgrade.shard}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException ignored) {
                // the message below says what the form is
            }
        }
        throw new IllegalArgumentException("mpgrade.shard=" + text + " is not of the form k/n: write e.g. -Dmpgrade.shard=1/2"
                + " for the first of two shards (k counts from 1)");
    }

    /** Whether this shard grades the submission of this name. */
    public boolean contains(String submissionName) {
        return count == 1 || bucketOf(submissionName, count) == index;
    }

    /** The shard (1..count) a name hashes to: SHA-256, so the same on every JVM and machine. */
    static int bucketOf(String submissionName, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(submissionName.getBytes(StandardCharsets.UTF_8));
            long high = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(high, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
