package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A signalled process ends together with every process it started: none is left orphaned. */
class ProcessTreeTest {

    @Test
    void killEndsTheProcessAndWhatItStarted() throws Exception {
        java.lang.Process parent = startTree();
        List<ProcessHandle> descendants = awaitDescendant(parent);

        ProcessTree.signal(parent, Signal.KILL);

        assertEnded(parent, descendants);
        assertEquals(Signal.KILL.exitStatus(), parent.exitValue());
    }

    @Test
    void terminateEndsTheProcessAndWhatItStarted() throws Exception {
        java.lang.Process parent = startTree();
        List<ProcessHandle> descendants = awaitDescendant(parent);

        ProcessTree.signal(parent, Signal.TERMINATE);

        assertEnded(parent, descendants);
        assertEquals(Signal.TERMINATE.exitStatus(), parent.exitValue());
    }

    private static void assertEnded(java.lang.Process parent, List<ProcessHandle> descendants) throws Exception {
        try {
            assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the parent outlived its signal");
            for (ProcessHandle descendant : descendants) {
                for (int i = 0; i < 3000 && descendant.isAlive(); i++) {
                    Thread.sleep(10);
                }
                assertFalse(descendant.isAlive(), () -> "process " + descendant.pid() + " outlived its parent's signal");
            }
        } finally {
            descendants.forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    private static java.lang.Process startTree() throws IOException {
        return java(Parent.class).start();
    }

    private static List<ProcessHandle> awaitDescendant(java.lang.Process parent) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            List<ProcessHandle> descendants = parent.descendants().toList();
            if (!descendants.isEmpty()) {
                return descendants;
            }
            Thread.sleep(10);
        }
        parent.destroyForcibly();
        fail("the parent never started its child");
        return List.of();
    }

    private static ProcessBuilder java(Class<?> main) {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    /** Starts a {@link Leaf} and waits for ever. */
    static final class Parent {
        public static void main(String[] args) throws Exception {
            java(Leaf.class).start();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Waits for ever. */
    static final class Leaf {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
