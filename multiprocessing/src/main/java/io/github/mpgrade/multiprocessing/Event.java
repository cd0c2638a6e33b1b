package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.io.Serializable;
import java.time.Duration;

/** A flag that tasks can wait for, shared by processes and threads (a Condition plus a flag, as in CPython). */
public final class Event implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Lock lock = new Lock();
    private final Condition condition = new Condition(lock);
    private final Semaphore flag = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.EVENT_FLAG);

    public boolean isSet() {
        lock.acquire();
        try {
            return peek();
        } finally {
            lock.release();
        }
    }

    /** Sets the flag and wakes every task waiting for it. */
    public void set() {
        lock.acquire();
        try {
            flag.tryAcquire();
            flag.release();
            condition.signalAll();
        } finally {
            lock.release();
        }
    }

    public void clear() {
        lock.acquire();
        try {
            flag.tryAcquire();
        } finally {
            lock.release();
        }
    }

    /** Waits until the flag is set. */
    public void await() {
        awaitMillis(Timeouts.FOREVER);
    }

    /** Waits at most {@code timeout} until the flag is set; returns whether it is. */
    public boolean await(Duration timeout) {
        return awaitMillis(Timeouts.millis(timeout));
    }

    private boolean awaitMillis(long millis) {
        lock.acquire();
        try {
            if (!peek() && millis != 0) {
                condition.awaitMillis(millis);
            }
            return peek();
        } finally {
            lock.release();
        }
    }

    private boolean peek() {
        if (flag.tryAcquire()) {
            flag.release();
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "<Event>";
    }
}
