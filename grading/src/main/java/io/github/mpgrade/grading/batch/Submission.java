package io.github.mpgrade.grading.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One student's submission: a folder of the submissions folder, named for the student. Only its
 * {@code src/main/java} is used; its pom, tests and anything else are not.
 *
 * @param name   the folder's name: the gradebook's {@code submission} column
 * @param folder the folder
 */
public record Submission(String name, Path folder) {
    /** Where the student's sources are, inside the folder. */
    public Path sources() {
        return folder.resolve("src").resolve("main").resolve("java");
    }

    /**
     * Every submission of a folder: each sub-folder is one, sorted by name. Hidden folders (a
     * {@code .git}, say) and plain files are not submissions.
     *
     * @throws IllegalArgumentException when the folder does not exist or is not a folder
     */
    public static List<Submission> inFolder(Path submissions) {
        if (!Files.isDirectory(submissions)) {
            throw new IllegalArgumentException("mpgrade.submissions=" + submissions + " is not a folder: point it at the folder"
                    + " that holds one folder per submission (e.g. -Dmpgrade.submissions=submissions)");
        }
        try (Stream<Path> children = Files.list(submissions)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .map(child -> new Submission(child.getFileName().toString(), child))
                    .sorted(Comparator.comparing(Submission::name))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the submissions in " + submissions + ": " + e.getMessage(), e);
        }
    }
}
