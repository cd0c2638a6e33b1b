package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting and emptying folders with everything in them. */
class FoldersTest {
    @TempDir
    Path temp;

    private Path tree() throws Exception {
        Path folder = temp.resolve("work");
        Files.createDirectories(folder.resolve("classes/lab/tiny"));
        Files.writeString(folder.resolve("classes/lab/tiny/Greeter.class"), "bytes");
        Files.writeString(folder.resolve("grader.args"), "-cp");
        return folder;
    }

    @Test
    void deleteTakesTheFolderWithEverythingInItAndAMissingFolderIsNoError() throws Exception {
        Path folder = tree();

        Folders.delete(folder);

        assertAll(
                () -> assertFalse(Files.exists(folder)),
                () -> assertTrue(Files.isDirectory(temp), "only the folder given"),
                () -> assertDoesNotThrow(() -> Folders.delete(folder)));
    }

    @Test
    void recreateLeavesTheFolderEmpty() throws Exception {
        Path folder = tree();

        Folders.recreate(folder);
        Folders.recreate(temp.resolve("new"));

        try (Stream<Path> left = Files.list(folder)) {
            assertAll(
                    () -> assertTrue(Files.isDirectory(folder)),
                    () -> assertFalse(left.findAny().isPresent()),
                    () -> assertTrue(Files.isDirectory(temp.resolve("new"))));
        }
    }
}
