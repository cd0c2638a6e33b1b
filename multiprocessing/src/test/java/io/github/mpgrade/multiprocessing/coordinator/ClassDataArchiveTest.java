package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive of the runtime's classes is written by a JVM with the children's options. */
class ClassDataArchiveTest {
    @Test
    void theJvmThatWritesTheArchive_takesTheChildrensOptionsButTheirAgent_whichWouldMakeItRefuse() {
        LaunchSpec controlled = new LaunchSpec(Path.of("java"), List.of("runtime.jar", "program"),
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-javaagent:/tmp/mpgrade-agent.jar"));
        ClassDataArchive archive = new ClassDataArchive(Path.of("runtime.jar"), Path.of("cds", "a.jsa"), controlled);
        assertEquals(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-XX:ArchiveClassesAtExit=" + Path.of("partial.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-cp", "runtime.jar", "io.github.mpgrade.multiprocessing.internal.client.ChildMain"),
                archive.dumpCommand(Path.of("partial.jsa")));
    }

    @Test
    void archivesAreKeptInTheFolderAGradingNames_elseInTheUsersCacheFolder() {
        String before = System.getProperty("mpgrade.cdsFolder");
        try {
            System.clearProperty("mpgrade.cdsFolder");
            assertTrue(ClassDataArchive.folder().endsWith(Path.of("mpgrade", "cds")), ClassDataArchive.folder().toString());
            System.setProperty("mpgrade.cdsFolder", Path.of("target", "mpgrade", "cds").toString());
            assertEquals(Path.of("target", "mpgrade", "cds"), ClassDataArchive.folder());
        } finally {
            if (before == null) {
                System.clearProperty("mpgrade.cdsFolder");
            } else {
                System.setProperty("mpgrade.cdsFolder", before);
            }
        }
    }

    @Test
    void aNewArchiveLeavesTheEightMostRecentlyUsed(@TempDir Path folder) throws IOException {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        for (int day = 0; day < 10; day++) { // archive 0 used today, archive 9 nine days ago
            archiveUsed(folder, archive(day), now.minus(Duration.ofDays(day)));
        }

        ClassDataArchive.prune(folder, now);

        assertEquals(Set.of(archive(0), archive(1), archive(2), archive(3), archive(4), archive(5), archive(6),
                archive(7)), names(folder));
    }

    @Test
    void aNewArchiveLeavesNoneUnusedForAMonth_andTouchesNoOtherFile(@TempDir Path folder) throws IOException {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        archiveUsed(folder, archive(0), now.minus(Duration.ofDays(29)));
        archiveUsed(folder, archive(1), now.minus(Duration.ofDays(31)));
        archiveUsed(folder, archive(2) + ".failed", now.minus(Duration.ofDays(31)));
        archiveUsed(folder, "partial123.jsa", now.minus(Duration.ofDays(40))); // another coordinator's, being written

        ClassDataArchive.prune(folder, now);

        assertEquals(Set.of(archive(0), "partial123.jsa"), names(folder));
    }

    /** An archive's name: a key's hash. */
    private static String archive(int number) {
        return "%032x.jsa".formatted(number);
    }

    @Test
    void anArchiveUsedIsMarkedSoOnceADay(@TempDir Path folder) throws IOException {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        Path lastWeek = archiveUsed(folder, "a.jsa", now.minus(Duration.ofDays(7)));
        Path thisMorning = archiveUsed(folder, "b.jsa", now.minus(Duration.ofHours(3)));

        ClassDataArchive.noteUse(lastWeek, now);
        ClassDataArchive.noteUse(thisMorning, now);

        assertEquals(now, Files.getLastModifiedTime(lastWeek).toInstant());
        assertEquals(now.minus(Duration.ofHours(3)), Files.getLastModifiedTime(thisMorning).toInstant());
    }

    private static Path archiveUsed(Path folder, String name, Instant lastUse) throws IOException {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(lastUse));
        return file;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
