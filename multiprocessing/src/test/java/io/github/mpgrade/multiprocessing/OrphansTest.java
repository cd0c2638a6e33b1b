package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.LongSleepers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No child JVM outlives its program's root, even when the root is killed with no chance to clean up. */
class OrphansTest {
    @Test
    void killingTheRootWithSigkillEndsEveryProcessItStartedGrandchildrenIncluded() throws Exception {
        java.lang.Process root = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LongSleepers.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(root.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("started", out.readLine());
            List<ProcessHandle> tree = root.descendants().toList();
            long childJvms = tree.stream().filter(p -> p.info().commandLine().orElse("").contains("ChildMain")).count();
            assertTrue(childJvms >= 3, "two children, a grandchild (and pooled JVMs): " + tree);

            root.destroyForcibly(); // SIGKILL: no shutdown hook runs in the root
            assertTrue(root.waitFor(10, TimeUnit.SECONDS));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(), tree.stream().filter(ProcessHandle::isAlive).toList(),
                    "processes survived their killed root");
        } finally {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
        }
    }
}
