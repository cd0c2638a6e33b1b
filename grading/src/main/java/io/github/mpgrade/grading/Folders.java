package io.github.mpgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting a folder with everything in it: scratch space, and reports of an earlier grading. */
public final class Folders {
    private Folders() {
    }

    /** Deletes the folder and everything in it; nothing happens if there is no such folder. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(folder)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.deleteIfExists(path);
        }
    }

    /** Makes the folder empty: deletes it with everything in it, and creates it again. */
    public static void recreate(Path folder) throws IOException {
        delete(folder);
        Files.createDirectories(folder);
    }
}
