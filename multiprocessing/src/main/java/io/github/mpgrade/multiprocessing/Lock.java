package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;

/**
 * A lock shared by processes and threads. As in Python, any process or thread may release it,
 * not only the one that acquired it: that is what lets two processes signal each other (the
 * ping-pong exercise). Releasing a lock that is not held throws {@link IllegalStateException}.
 */
public final class Lock extends SemLock {
    private static final long serialVersionUID = 1L;

    public Lock() {
        super(ObjectKind.LOCK, 1, 1);
    }

    /** Whether any thread of any process holds it now (not only the caller), like {@code ReentrantLock.isLocked()}. */
    public boolean isLocked() {
        return freePermits() == 0;
    }
}
