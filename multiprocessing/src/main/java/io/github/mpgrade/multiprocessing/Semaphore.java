package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;

/** A counting semaphore shared by processes and threads; anyone may release, without limit. */
public sealed class Semaphore extends SemLock permits BoundedSemaphore {
    private static final long serialVersionUID = 1L;

    public Semaphore(int permits) {
        this(permits, Integer.MAX_VALUE, ObjectKind.SEMAPHORE);
    }

    Semaphore(int permits, int max, ObjectKind kind) {
        super(kind, checked(permits), max);
    }

    /** How many permits are free now; 0 means an {@code acquire()} would wait. */
    public final int getValue() {
        return freePermits();
    }

    private static int checked(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be >= 0, not " + permits);
        }
        return permits;
    }
}
