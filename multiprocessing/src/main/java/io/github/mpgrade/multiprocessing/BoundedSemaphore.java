package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;

/**
 * A semaphore that can never hold more than its initial permits: a release beyond that throws
 * {@link IllegalStateException}, which catches a release with no matching acquire.
 */
public final class BoundedSemaphore extends Semaphore {
    private static final long serialVersionUID = 1L;

    public BoundedSemaphore(int permits) {
        super(positive(permits), permits, ObjectKind.BOUNDED_SEMAPHORE);
    }

    private static int positive(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("a BoundedSemaphore needs at least 1 permit, not " + permits);
        }
        return permits;
    }
}
