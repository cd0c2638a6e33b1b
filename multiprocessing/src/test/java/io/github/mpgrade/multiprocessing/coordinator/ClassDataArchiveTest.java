package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
