package io.github.mpgrade.multiprocessing.coordinator;

/** How a process is told to end: Python's {@code terminate()} and {@code kill()}. */
enum Signal {
    TERMINATE(15),
    KILL(9);

    private final int number;

    Signal(int number) {
        this.number = number;
    }

    /** The status a JVM ended by this signal exits with on Unix: 128 plus the signal's number. */
    int exitStatus() {
        return 128 + number;
    }

    /** How Python reports a process this signal ended: the signal's number, negated. */
    int pythonExitCode() {
        return -number;
    }
}
