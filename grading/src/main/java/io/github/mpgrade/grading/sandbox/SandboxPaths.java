package io.github.mpgrade.grading.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a sandboxed grader JVM sees of the file system besides the system's read-only folders.
 *
 * @param readOnly       the JDK, the grader's and the runtime's class path, the submission's classes
 * @param writable       the submission's scratch folder: the only place it may write
 * @param workingFolder  where the JVM starts (inside a writable folder)
 */
public record SandboxPaths(List<Path> readOnly, List<Path> writable, Path workingFolder) {
    public SandboxPaths {
        readOnly = List.copyOf(readOnly);
        writable = List.copyOf(writable);
        Objects.requireNonNull(workingFolder, "workingFolder");
    }
}
