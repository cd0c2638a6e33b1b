package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The guard over each submission's processes, with shell processes standing in for grader and child JVMs. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessGuardTest {
    @TempDir
    Path temp;

    /** A sleep whose duration marks it as this test's, so that it can be found among all processes. */
    private final String sleepMark = "300." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    /** Starts a shell that names a file of the scratch folder in its arguments, as a grader JVM names its argument file. */
    private Process shell(Path scratch, String script) throws Exception {
        return new ProcessBuilder("bash", "-c", script, "grader", "@" + scratch.resolve("work/grader.args")).start();
    }

    private List<ProcessHandle> marked() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> Stream.of(args).anyMatch(sleepMark::equals)).orElse(false))
                .toList();
    }

    @Test
    void aSubmissionPastItsLimitOfTasksLosesEveryProcess() throws Exception {
        Path scratch = temp.resolve("bomb");
        try (ProcessGuard guard = new ProcessGuard(20, Duration.ofMillis(50));
             ProcessGuard.Watch watch = guard.watch(scratch)) {
            Process grader = shell(scratch, "for i in $(seq 40); do sleep " + sleepMark + " & done; wait");
            assertTrue(eventually(watch::exceeded), "40 sleeps pass 20 tasks");
            assertTrue(grader.waitFor(5, TimeUnit.SECONDS), "the shell is killed");
            assertTrue(eventually(() -> marked().isEmpty()), "and so is every sleep it started: " + marked());
            assertTrue(watch.mostTasks() > 20, "it had " + watch.mostTasks());
        }
    }

    @Test
    void aSubmissionWithinItsLimitRunsOn() throws Exception {
        Path scratch = temp.resolve("calm");
        try (ProcessGuard guard = new ProcessGuard(100, Duration.ofMillis(50));
             ProcessGuard.Watch watch = guard.watch(scratch)) {
            Process grader = shell(scratch, "sleep " + sleepMark + " & sleep " + sleepMark + " & wait");
            assertTrue(eventually(() -> watch.mostTasks() >= 3), "the shell and two sleeps are counted");
            Thread.sleep(300);
            assertFalse(watch.exceeded());
            assertTrue(grader.isAlive());
        }
        assertTrue(eventually(() -> marked().isEmpty()), "closing the watch ends its processes");
    }

    @Test
    void aProcessWhoseParentDiedIsStillKilledAtTheEnd() throws Exception {
        Path scratch = temp.resolve("orphan");
        try (ProcessGuard guard = new ProcessGuard(100, Duration.ofMillis(50));
             ProcessGuard.Watch watch = guard.watch(scratch)) {
            Process grader = shell(scratch, "sleep " + sleepMark + " & wait");
            assertTrue(eventually(() -> watch.mostTasks() >= 2), "the guard has seen the sleep");
            grader.toHandle().destroyForcibly(); // the sleep leaves the tree: its parent is gone
            assertTrue(grader.waitFor(5, TimeUnit.SECONDS));
            assertEquals(1, marked().size(), "the sleep outlived its parent");
        }
        assertTrue(eventually(() -> marked().isEmpty()), "closing the watch killed it: " + marked());
    }

    @Test
    void aSubmissionWhoseNameStartsAnothersLeavesItsProcessesAlone() throws Exception {
        Path bobby = temp.resolve("bobby");
        Process bobbys = shell(bobby, "sleep " + sleepMark + "; true");
        try (ProcessGuard guard = new ProcessGuard(100, Duration.ofMillis(50))) {
            guard.watch(temp.resolve("bob")).close();
            assertEquals(0, ProcessGuard.killProcessesNaming(temp.resolve("bob")));
            assertTrue(bobbys.isAlive(), "bob's end is not bobby's");
        } finally {
            ProcessGuard.killProcessesNaming(bobby);
            bobbys.waitFor(5, TimeUnit.SECONDS);
            marked().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void processesNamingAFolderAreFoundAndKilled() throws Exception {
        Path left = temp.resolve("left-behind");
        Process leftover = shell(left, "sleep " + sleepMark + "; true"); // "; true": bash would exec a lone command
        assertTrue(eventually(() -> ProcessGuard.killProcessesNaming(left) == 1));
        assertTrue(leftover.waitFor(5, TimeUnit.SECONDS));
        marked().forEach(ProcessHandle::destroyForcibly); // the shell's sleep: it does not name the folder
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
