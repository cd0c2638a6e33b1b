package io.github.mpgrade.grading.template;

import java.util.Arrays;
import java.util.Optional;

/** What replaces a solution region made of statements; chosen with the marker option {@code stub=}. */
enum StubStyle {
    /** A {@code // TODO} comment and a {@code throw new UnsupportedOperationException("TODO: …")}. */
    THROW("throw"),
    /** A {@code // TODO} comment only, so the code after the region still runs. */
    COMMENT("comment");

    private final String option;

    StubStyle(String option) {
        this.option = option;
    }

    /** The value of {@code stub=} that selects this style. */
    String option() {
        return option;
    }

    static Optional<StubStyle> ofOption(String value) {
        return Arrays.stream(values()).filter(style -> style.option.equals(value)).findFirst();
    }
}
