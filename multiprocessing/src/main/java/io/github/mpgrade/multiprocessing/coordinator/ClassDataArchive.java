package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An AppCDS archive of the runtime's classes (and the JDK classes a child uses), kept in the
 * user's cache folder, so that each child JVM maps them instead of loading them: about a quarter
 * of a child's start-up here. The archive is made once, in the background, by a JVM that only
 * loads the classes; until it exists children start without it. The JVM accepts an archive only
 * for jars (not class folders), only with the same JDK and options, and only if the class path
 * starts with the same jar, so the key covers all of that and the runtime jar goes first.
 * {@code -Dmpgrade.cds=false} turns it off; {@code -Dmpgrade.cdsFolder=F} keeps the archives in F
 * instead of the user's cache folder (a grading keeps them beside its reports: in its sandbox the
 * user's cache folder is not there to keep anything). Each new runtime jar or JDK needs an archive
 * of its own (~3.5 MB), so when one is written the archives unused for {@link #UNUSED_FOR} go, and
 * all but the {@link #KEPT} most recently used: a student's plugin updates, a developer's every build.
 */
final class ClassDataArchive {
    /** An archive not used for this long is deleted when another is written. */
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    /** At most this many archives are kept when another is written, the most recently used. */
    static final int KEPT = 8;
    /** An archive's use is noted (its file's time) at most this often: one write a day, not one a launch. */
    private static final Duration USE_NOTED_EVERY = Duration.ofDays(1);
    /** An archive, or the note that writing it failed: what {@link #prune} may delete, and nothing else. */
    private static final Pattern ARCHIVE_FILE = Pattern.compile("[0-9a-f]{32}\\.jsa(\\.failed)?");
    private static final Object CREATION = new Object();

    private final Path runtimeJar;
    private final Path archive;
    private final LaunchSpec spec;

    ClassDataArchive(Path runtimeJar, Path archive, LaunchSpec spec) {
        this.runtimeJar = runtimeJar;
        this.archive = archive;
        this.spec = spec;
    }

    /** The archive for this runtime jar and launch spec, or empty where none can be used. */
    static Optional<ClassDataArchive> of(LaunchSpec spec) {
        if (!Boolean.parseBoolean(System.getProperty("mpgrade.cds", "true"))) {
            return Optional.empty();
        }
        try {
            // The runtime jar: this class's, as it is the child's main class's.
            Path jar = Path.of(ClassDataArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            // "2": archives are written without the agent since; an earlier failure is worth a retry.
            String key = "2|" + spec.javaExecutable() + "|" + System.getProperty("java.vm.version") + "|"
                    + jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar) + "|"
                    + spec.jvmOptions();
            Path file = folder().resolve(sha256(key) + ".jsa");
            return Optional.of(new ClassDataArchive(jar, file, spec));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Options and class path for a child: with the archive if it is ready, else as given. */
    List<String> childOptions() {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        noteUse(archive, Instant.now());
        // If the JVM refuses the archive anyway it starts without it; it must not say so on stdout.
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The class path with the runtime jar first, as the archive requires. */
    List<String> classPath() {
        List<String> path = new ArrayList<>();
        path.add(runtimeJar.toString());
        spec.classPath().stream().filter(entry -> !Path.of(entry).toAbsolutePath().equals(runtimeJar.toAbsolutePath()))
                .forEach(path::add);
        return path;
    }

    /** Starts making the archive if it does not exist and no earlier attempt failed; never waits. */
    void createInBackground() {
        Path failed = archive.resolveSibling(archive.getFileName() + ".failed");
        synchronized (CREATION) {
            if (Files.exists(archive) || Files.exists(failed)) {
                return;
            }
            try {
                Files.createDirectories(archive.getParent());
                Path partial = Files.createTempFile(archive.getParent(), "partial", ".jsa");
                Files.delete(partial); // the JVM writes it afresh
                ProcessBuilder builder = new ProcessBuilder(dumpCommand(partial)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put(ChildLaunch.WARM_UP_VARIABLE, "1");
                java.lang.Process dump = builder.start();
                dump.onExit().thenRun(() -> finish(dump, partial, failed));
            } catch (IOException | RuntimeException e) {
                // no archive: children start a little slower, that is all
            }
        }
    }

    /**
     * The JVM that loads the classes and writes the archive: the children's options, but for a
     * Java agent's. A JVM refuses to write an archive with an agent attached (exit 1, every
     * controlled run's attempt failed so), and the archive's classes are the runtime's and the
     * JDK's, which the agent leaves as they are; a child with the agent maps them all the same.
     */
    List<String> dumpCommand(Path partial) {
        List<String> command = new ArrayList<>();
        command.add(spec.javaExecutable().toString());
        spec.jvmOptions().stream().filter(option -> !option.startsWith("-javaagent:")).forEach(command::add);
        command.add("-XX:ArchiveClassesAtExit=" + partial);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-cp");
        command.add(runtimeJar.toString());
        command.add(ChildLaunch.MAIN_CLASS);
        return command;
    }

    private void finish(java.lang.Process dump, Path partial, Path failed) {
        try {
            if (dump.exitValue() == 0 && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                prune(archive.getParent(), Instant.now());
            } else {
                Files.deleteIfExists(partial);
                Files.writeString(failed, "exit " + dump.exitValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // another coordinator may have won the race; either way nothing is lost
        }
    }

    /** Marks the archive as used now, so that {@link #prune} keeps it; where it cannot be written, keeps what it has. */
    static void noteUse(Path archive, Instant now) {
        try {
            if (Files.getLastModifiedTime(archive).toInstant().isBefore(now.minus(USE_NOTED_EVERY))) {
                Files.setLastModifiedTime(archive, FileTime.from(now));
            }
        } catch (IOException | RuntimeException readOnly) {
            // a sandbox's read-only folder: the archive only risks going earlier
        }
    }

    /**
     * Deletes the archives of the folder unused for {@link #UNUSED_FOR}, and all but the {@link #KEPT}
     * most recently used. Files of other names (another coordinator's archive being written) stay.
     */
    static void prune(Path folder, Instant now) {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(file -> ARCHIVE_FILE.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(ClassDataArchive::lastUse).reversed())
                    .toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        Instant unusedSince = now.minus(UNUSED_FOR);
        for (int i = 0; i < archives.size(); i++) {
            Path file = archives.get(i);
            if (i >= KEPT || lastUse(file).isBefore(unusedSince)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException inUse) {
                    // Windows keeps a mapped file: it goes next time
                }
            }
        }
    }

    private static Instant lastUse(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException | RuntimeException gone) {
            return Instant.EPOCH;
        }
    }

    /** Where the archives are kept: {@code mpgrade.cdsFolder}, else this user's cache folder. */
    static Path folder() {
        String chosen = System.getProperty("mpgrade.cdsFolder");
        return chosen != null ? Path.of(chosen) : cacheFolder().resolve("mpgrade").resolve("cds");
    }

    /** The per-user cache folder of this platform. */
    private static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"));
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
