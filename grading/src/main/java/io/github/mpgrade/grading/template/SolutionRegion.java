package io.github.mpgrade.grading.template;

import java.util.Optional;

/**
 * The lines from a {@code // BEGIN SOLUTION} marker to its {@code // END SOLUTION}, both included.
 *
 * @param begin       the line of {@code BEGIN SOLUTION}, counted from 1
 * @param end         the line of {@code END SOLUTION}
 * @param indentation the whitespace before {@code BEGIN SOLUTION}; the stub is indented the same
 * @param style       the stub style the marker asks for ({@code stub=throw|comment}), if any
 * @param task        what the student should write (the marker's text after a colon), if given
 */
record SolutionRegion(int begin, int end, String indentation, Optional<StubStyle> style, Optional<String> task) {
}
