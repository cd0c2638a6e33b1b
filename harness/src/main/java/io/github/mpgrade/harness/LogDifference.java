package io.github.mpgrade.harness;

import java.util.List;
import java.util.Optional;

/**
 * Where a replay's event log left the failing run's: what the schedule did not control (a thread
 * the library does not see, a JDK-internal lock, native code, the timing of a process's start),
 * said for the feedback of a failure its replays confirmed anyway.
 */
final class LogDifference {
    private LogDifference() {
    }

    /** The first entry at which the two logs differ, as a sentence; empty if they are the same. */
    static Optional<String> between(Run failing, Run replay) {
        List<String> expected = failing.signature();
        List<String> actual = replay.signature();
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        if (at == expected.size() && at == actual.size()) {
            return Optional.empty();
        }
        return Optional.of("The replays gave the same verdict, but their event logs differ from entry " + (at + 1)
                + " on (the failing run: " + entry(expected, at) + "; a replay: " + entry(actual, at) + "). What"
                + " happened there was not under the schedule's control: work outside the library's calls (a thread"
                + " or lock of the JDK, native code, timing), so it may look different when you run it yourself.");
    }

    private static String entry(List<String> log, int at) {
        return at < log.size() ? "\"" + log.get(at) + "\"" : "the end of the log";
    }
}
