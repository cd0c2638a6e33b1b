package io.github.mpgrade.harness.junit;

/**
 * The outcome of one graded check.
 *
 * @param exercise  the exercise id ({@link Exercise})
 * @param id        the check's id: its test method's name
 * @param name      its display name
 * @param score     the points earned
 * @param maxScore  the points it is worth ({@link Points})
 * @param passed    whether it passed (an aborted check — a failure that could not be reproduced — counts as passed)
 * @param message   what went wrong, for the student; or a note; or null
 * @param seed      the seed that replays the failure, or null
 */
public record CheckResult(String exercise, String id, String name, double score, double maxScore, boolean passed,
                          String message, Long seed) {
}
