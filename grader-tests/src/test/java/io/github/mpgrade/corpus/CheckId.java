package io.github.mpgrade.corpus;

import io.github.mpgrade.harness.junit.CheckResult;

/**
 * Names one graded check as the results carry it: its exercise id and its own id (the check's test
 * method name), written {@code exercise/id} — the exercise is needed because both philosophers
 * exercises have a check {@code everyPhilosopherEatsExactlyItsMeals}.
 */
record CheckId(String exercise, String id) implements Comparable<CheckId> {

    static CheckId of(CheckResult result) {
        return new CheckId(result.exercise(), result.id());
    }

    /** Reads {@code exercise/id}. */
    static CheckId parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a check: write exercise/checkMethodName");
        }
        return new CheckId(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public int compareTo(CheckId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return exercise + "/" + id;
    }
}
