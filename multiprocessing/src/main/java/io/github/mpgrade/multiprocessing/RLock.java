package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;

/**
 * A re-entrant lock: the thread that holds it may acquire it again, and must release it as many
 * times. Only that thread may release it; any other release throws {@link IllegalStateException}.
 */
public final class RLock extends SemLock {
    private static final long serialVersionUID = 1L;

    public RLock() {
        super(ObjectKind.RLOCK, 1, 1);
    }

    /** Whether any thread of any process holds it now (not only the caller), like {@code ReentrantLock.isLocked()}. */
    public boolean isLocked() {
        return freePermits() == 0;
    }
}
