package io.github.mpgrade.grading.sandbox;

/** One protection a grader JVM and every program under it run with, as the console and summaries name it. */
public enum Protection {
    OWN_PID_NAMESPACE("its own PID namespace: it cannot see or signal the build, the batch or other submissions,"
            + " and nothing it starts outlives its grading"),
    NO_NETWORK("no network (loopback only)"),
    READ_ONLY_SYSTEM("a read-only view of the system"),
    PRIVATE_FILES("only its scratch folder writable; other submissions, home folders and the build's files not"
            + " visible; no environment variables of the build");

    private final String description;

    Protection(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
