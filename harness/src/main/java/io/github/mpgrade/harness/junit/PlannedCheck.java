package io.github.mpgrade.harness.junit;

/**
 * A check of a test plan before it has a result: what it is and what it is worth.
 *
 * @param exercise the exercise id ({@link Exercise})
 * @param id       the check's id: its test method's name
 * @param name     its display name
 * @param maxScore the points it is worth ({@link Points})
 */
public record PlannedCheck(String exercise, String id, String name, double maxScore) {
}
