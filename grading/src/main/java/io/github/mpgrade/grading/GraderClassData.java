package io.github.mpgrade.grading;

import io.github.mpgrade.grading.grader.GraderClassLoading;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The grader JVM's class-data archive (AppCDS): the classes of the grader's class path, which each
 * grader JVM maps instead of loading them one by one (mvn grade of the reference: about 0.3 s
 * less). A JVM of its own writes it, one that loads those classes and runs nothing else
 * ({@link GraderClassLoading}), outside any sandbox, after a grading that found none; it is kept
 * beside the output folder, where a sandbox shows it read-only. A grader JVM that wrote it itself
 * would write it where the submission's programs could replace it before the next grader JVM maps
 * it, into the JVM that holds the results' key.
 *
 * <p>Its name covers the JDK, the grader's class path and the JVM options that decide whether a
 * JVM accepts an archive; should one refuse it anyway, it starts without it. The JVM archives
 * classes from jars only, so a grader class path with a folder on it gets none.
 */
final class GraderClassData {
    private static final Object WRITING = new Object();
    private static final long WRITE_LIMIT_SECONDS = 60;
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final List<String> jvmOptions;
    private final GradingRequest request;

    private GraderClassData(Path archive, List<String> jvmOptions, GradingRequest request) {
        this.archive = archive;
        this.jvmOptions = jvmOptions;
        this.request = request;
    }

    /** The archive for this request's grader JVM, or empty where it can have none. */
    static Optional<GraderClassData> of(GradingRequest request, List<String> graderJvmOptions) {
        Path parent = request.outputDirectory().toAbsolutePath().getParent();
        if (parent == null || !request.graderClassPath().stream().allMatch(GraderClassData::isJar)) {
            return Optional.empty();
        }
        try {
            StringBuilder key = new StringBuilder(request.javaExecutable().toRealPath().toString());
            Path release = request.javaExecutable().toRealPath().getParent().getParent().resolve("release");
            key.append('|').append(Files.isRegularFile(release) ? Files.readString(release) : "");
            for (Path jar : request.graderClassPath()) {
                key.append('|').append(jar.toAbsolutePath()).append('|').append(Files.size(jar)).append('|')
                        .append(Files.getLastModifiedTime(jar));
            }
            // system properties do not decide whether an archive is accepted: a batch's per-submission ones stay out
            List<String> options = graderJvmOptions.stream().filter(option -> !option.startsWith("-D")).toList();
            key.append('|').append(options);
            Path archive = parent.resolve(".mpgrade-cds").resolve("grader-" + sha256(key.toString()) + ".jsa");
            return Optional.of(new GraderClassData(archive, options, request));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The grader JVM's options that map the archive; none while there is none. */
    List<String> jvmOptions() {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        options.addAll(QUIET);
        return options;
    }

    /** The archive, which a sandbox shows read-only. */
    Path archive() {
        return archive;
    }

    /**
     * Writes the archive if there is none yet, waiting for the JVM that writes it (a minute at
     * most). Whatever goes wrong, the next grading simply has none.
     */
    void writeIfMissing() {
        synchronized (WRITING) {
            if (Files.exists(archive)) {
                return;
            }
            Path partial = null;
            Process writer = null;
            Thread killOnExit = null;
            try {
                Files.createDirectories(archive.getParent());
                partial = Files.createTempFile(archive.getParent(), "partial", ".jsa");
                Files.delete(partial); // the JVM writes it afresh
                writer = new ProcessBuilder(command(partial)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                ProcessHandle handle = writer.toHandle();
                killOnExit = new Thread(() -> ProcessTree.kill(handle), "mpgrade-kill-class-data-" + writer.pid());
                Runtime.getRuntime().addShutdownHook(killOnExit); // Ctrl-C meanwhile: it does not outlive the build
                if (writer.waitFor(WRITE_LIMIT_SECONDS, TimeUnit.SECONDS) && writer.exitValue() == 0
                        && Files.size(partial) > 0) {
                    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | RuntimeException e) {
                // no archive: the next grader JVM loads its classes one by one, as before
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (writer != null && writer.isAlive()) {
                    ProcessTree.kill(writer.toHandle());
                }
                if (killOnExit != null) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(killOnExit);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running: it kills the writer
                    }
                }
                deleteQuietly(partial);
            }
        }
    }

    /** The JVM that writes the archive: the grader JVM's options and class path, loading its classes only. */
    List<String> command(Path partial) {
        List<String> command = new ArrayList<>(List.of(request.javaExecutable().toString()));
        command.addAll(jvmOptions);
        command.add("-XX:ArchiveClassesAtExit=" + partial);
        command.addAll(QUIET);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, request.graderClassPath().stream().map(Path::toString).toList()));
        command.add(GraderClassLoading.class.getName());
        return command;
    }

    private static boolean isJar(Path entry) {
        return Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException stays) {
                // a partial file the next attempt does not read
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
