package io.github.mpgrade.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bwrap command line that puts a grader JVM in its sandbox. */
class BubblewrapTest {
    private final Bubblewrap bwrap = new Bubblewrap(Path.of("/usr/bin/bwrap"));
    private final Path scratch = Path.of("/grades/.work/alice");
    private final List<String> command = bwrap.wrap(List.of("/jdk/bin/java", "@grader.args"), new SandboxPaths(
            List.of(Path.of("/jdk"), scratch.resolve("classes")), List.of(scratch), scratch.resolve("work")));

    @Test
    void runsTheCommandLastInNewNamespacesThatDieWithTheBuild() {
        assertEquals("/usr/bin/bwrap", command.get(0));
        assertEquals(List.of("--", "/jdk/bin/java", "@grader.args"), command.subList(command.size() - 3, command.size()));
        assertTrue(command.containsAll(List.of("--unshare-all", "--die-with-parent", "--new-session", "--clearenv")));
        assertEquals(List.of("--cap-drop", "ALL"), command.subList(command.indexOf("--cap-drop"), command.indexOf("--cap-drop") + 2));
    }

    @Test
    void mountsTheScratchFolderWritableAndTheClassesInsideItReadOnlyAfterIt() {
        int writable = indexOfTriple("--bind", scratch.toString());
        int classes = indexOfTriple("--ro-bind-try", scratch.resolve("classes").toString());
        assertTrue(writable >= 0 && classes > writable, command.toString());
        assertTrue(indexOfTriple("--ro-bind-try", "/jdk") >= 0, command.toString());
        assertEquals(scratch.resolve("work").toString(), command.get(command.indexOf("--chdir") + 1));
    }

    @Test
    void showsNoFolderOfTheMachineButTheSystemsWithAnEmptyTmp() {
        assertFalse(command.contains("/home") || command.contains("/root") || command.contains("/work"), command.toString());
        assertTrue(Collections.indexOfSubList(command, List.of("--tmpfs", "/tmp")) >= 0, command.toString());
        assertTrue(Collections.indexOfSubList(command, List.of("--ro-bind", "/usr", "/usr")) >= 0, command.toString());
    }

    /** Where {@code option path path} is in the command, or -1. */
    private int indexOfTriple(String option, String path) {
        return Collections.indexOfSubList(command, List.of(option, path, path));
    }
}
