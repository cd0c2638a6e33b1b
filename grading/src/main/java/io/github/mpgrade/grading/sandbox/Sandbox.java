package io.github.mpgrade.grading.sandbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a grader JVM runs: inside bubblewrap's sandbox ({@link Bubblewrap}), or, where none can be
 * made (macOS, Windows, a container without user namespaces), as a plain child process with the
 * grading's own limits only. {@link #probe()} finds out which, once per build.
 */
public sealed interface Sandbox permits Bubblewrap, Sandbox.None {
    /** The protections in force, empty for {@link None}. */
    Set<Protection> protections();

    /**
     * The command that runs {@code command} (a JVM and its arguments) inside this sandbox.
     *
     * @param visible what the JVM needs to see: read-only and writable paths, and its working folder
     */
    List<String> wrap(List<String> command, SandboxPaths visible);

    /** One line for the console and summaries: what is in force, or why nothing is. */
    String description();

    /** The best sandbox this machine can make, tried once with a real command. */
    static Sandbox probe() {
        return Bubblewrap.probe();
    }

    /** No sandbox: the command runs as given. */
    static Sandbox none(String why) {
        return new None(why);
    }

    /** No sandbox, and why: the grading's own limits (time, heap, processes) are all that holds. */
    record None(String why) implements Sandbox {
        @Override
        public Set<Protection> protections() {
            return EnumSet.noneOf(Protection.class);
        }

        @Override
        public List<String> wrap(List<String> command, SandboxPaths visible) {
            return command;
        }

        @Override
        public String description() {
            return "no sandbox (" + why + "): submissions run with the grading's limits on time, heap and processes"
                    + " only, and can use the network and read and write the user's files";
        }
    }
}
