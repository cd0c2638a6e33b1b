package io.github.mpgrade.grading.grader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the holder of the key can write a results file that verifies. */
class SignedFileTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PAYLOAD = "{\"complete\":true,\"checks\":[]}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void readsBackWhatWasSignedWithTheSameKey() throws Exception {
        Path file = temp.resolve("results");
        SignedFile.write(file, KEY, PAYLOAD);

        assertArrayEquals(PAYLOAD, SignedFile.read(file, KEY));
    }

    @Test
    void rejectsAChangedPayload() throws Exception {
        Path file = temp.resolve("results");
        SignedFile.write(file, KEY, PAYLOAD);
        Files.writeString(file, Files.readString(file).replace("[]", "[{\"score\":100}]"));

        assertThrows(SignedFile.TamperedException.class, () -> SignedFile.read(file, KEY));
    }

    @Test
    void rejectsAFileSignedWithAnotherKeyAsAnEarlierRunsFileWouldBe() throws Exception {
        Path file = temp.resolve("results");
        SignedFile.write(file, "another key of some earlier run".getBytes(StandardCharsets.US_ASCII), PAYLOAD);

        assertThrows(SignedFile.TamperedException.class, () -> SignedFile.read(file, KEY));
    }

    @Test
    void rejectsAFileWithoutASignature() throws Exception {
        Path file = temp.resolve("results");
        Files.write(file, PAYLOAD);

        assertThrows(SignedFile.TamperedException.class, () -> SignedFile.read(file, KEY));
    }
}
