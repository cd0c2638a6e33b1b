package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.harness.Run;

/** How a ported program's bug shows in a run. */
public enum BugSign {
    /** A failed {@link Assertion}: its line in the output. */
    ASSERTION("a \"" + Assertion.PREFIX.strip() + "\" line") {
        @Override
        public boolean shows(Run run) {
            return run.lines().stream().anyMatch(line -> line.startsWith(Assertion.PREFIX));
        }
    },
    /** The coordinator's deadlock verdict. */
    DEADLOCK("a deadlock") {
        @Override
        public boolean shows(Run run) {
            return run.deadlock().isPresent();
        }
    };

    private final String description;

    BugSign(String description) {
        this.description = description;
    }

    public abstract boolean shows(Run run);

    @Override
    public String toString() {
        return description;
    }
}
