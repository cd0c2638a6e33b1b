package io.github.mpgrade.multiprocessing.coordinator;

import java.io.PrintStream;

/** Where the output of processes goes, besides the event log. */
@FunctionalInterface
public interface Console {
    void line(String processName, boolean stderr, String line);

    /** Prints each line on the given streams, as if the processes printed there themselves. */
    static Console of(PrintStream out, PrintStream err) {
        return (process, stderr, line) -> (stderr ? err : out).println(line);
    }

    static Console silent() {
        return (process, stderr, line) -> { };
    }
}
