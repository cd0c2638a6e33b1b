package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Killing a process and what it started, with shells and sleeps standing in for grader and child JVMs. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessTreeTest {
    /** A shell that starts two sleeps, one of them under a shell of its own, and waits for a line on its input. */
    private static Process tree() throws Exception {
        Process root = new ProcessBuilder("bash", "-c", "sleep 300 & bash -c 'sleep 300 & wait' & read line").start();
        for (int i = 0; i < 100 && root.descendants().count() < 3; i++) {
            Thread.sleep(50);
        }
        assertEquals(3, root.descendants().count(), "a sleep, a shell and its sleep");
        return root;
    }

    @Test
    void killEndsTheProcessAndEveryProcessUnderItBeforeItReturns() throws Exception {
        Process root = tree();
        List<ProcessHandle> under = root.descendants().toList();

        ProcessTree.kill(root.toHandle());

        assertAll(
                () -> assertFalse(root.isAlive()),
                () -> assertTrue(under.stream().noneMatch(ProcessHandle::isAlive), under.toString()));
    }

    @Test
    void killDescendantsLeavesTheProcessItself() throws Exception {
        Process root = tree();
        List<ProcessHandle> under = root.descendants().toList();

        ProcessTree.killDescendants(root.toHandle());

        try {
            for (ProcessHandle process : under) {
                process.onExit().get(10, TimeUnit.SECONDS);
            }
            assertTrue(root.isAlive());
        } finally {
            root.destroyForcibly();
        }
    }
}
