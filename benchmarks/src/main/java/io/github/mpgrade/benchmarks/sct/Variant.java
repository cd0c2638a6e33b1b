package io.github.mpgrade.benchmarks.sct;

/** Which version of a ported program runs: the published one with its bug, or one with the bug fixed. */
enum Variant {
    BUG, FIXED;

    /** The variant named by a program's first argument ({@code bug} or {@code fixed}). */
    static Variant of(String[] args) {
        return valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    }

    String argument() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
