package io.github.mpgrade.benchmarks.sct;

/**
 * C's {@code assert} for the ported programs: a failed one prints a line the run's log keeps
 * ({@link BugSign#ASSERTION} recognizes it) and ends the process with status 1, as an abort would.
 */
final class Assertion {
    static final String PREFIX = "Bug found: ";

    private Assertion() {
    }

    static void check(boolean holds, String what) {
        if (!holds) {
            System.out.println(PREFIX + what);
            System.exit(1);
        }
    }
}
