package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.time.Duration;

/**
 * A {@link Queue} that counts unfinished tasks, like Python's {@code JoinableQueue}: every item
 * added counts as one until a consumer calls {@link #taskDone()} for it, and {@link #join()} waits
 * until none is left. Built as CPython builds it: a semaphore counts the unfinished items and a
 * condition wakes the joiners when it reaches zero.
 */
public final class JoinableQueue<T> extends Queue<T> {
    private static final long serialVersionUID = 1L;

    private final Semaphore unfinished = new Semaphore(0, Integer.MAX_VALUE, ObjectKind.QUEUE_UNFINISHED);
    private final Lock lock = new Lock();
    private final Condition allDone = new Condition(lock, ObjectKind.QUEUE_ALL_DONE);

    /** An unbounded queue. */
    public JoinableQueue() {
        super();
    }

    /** A queue that holds at most {@code maxsize} items. */
    public JoinableQueue(int maxsize) {
        super(maxsize);
    }

    @Override
    void added() {
        unfinished.release(); // before the item is visible, so its taskDone() always finds it counted
    }

    /**
     * Marks one item taken with {@code get} as processed.
     *
     * @throws IllegalStateException if called more times than items were added
     */
    public void taskDone() {
        lock.acquire();
        try {
            if (!unfinished.tryAcquire()) {
                throw new IllegalStateException("taskDone() was called more times than items were put in " + this);
            }
            if (unfinished.getValue() == 0) {
                allDone.signalAll();
            }
        } finally {
            lock.release();
        }
    }

    /** Waits until every item ever added has had its {@link #taskDone()}. */
    public void join() {
        lock.acquire();
        try {
            allDone.waitFor(() -> unfinished.getValue() == 0);
        } finally {
            lock.release();
        }
    }

    /**
     * Like {@link #join()}, waiting at most {@code timeout}.
     *
     * @return whether every item is done
     */
    public boolean join(Duration timeout) {
        lock.acquire();
        try {
            return allDone.waitFor(() -> unfinished.getValue() == 0, timeout);
        } finally {
            lock.release();
        }
    }
}
