package io.github.mpgrade.multiprocessing;

import java.io.Serializable;

/**
 * A barrier for a fixed number of parties, shared by processes and threads: each {@link #await()}
 * waits until all parties have arrived, then all go on, and the barrier is ready for the next
 * round. The algorithm of Python's {@code threading.Barrier}, with its state in {@link Value}s.
 */
public final class Barrier implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FILLING = 0;
    private static final int DRAINING = 1;

    private final int parties;
    private final Lock lock = new Lock();
    private final Condition condition = new Condition(lock);
    private final Value<Integer> state = new Value<>(FILLING);
    private final Value<Integer> count = new Value<>(0);

    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least 1 party, not " + parties);
        }
        this.parties = parties;
    }

    /**
     * Waits until all parties have called {@code await()}.
     *
     * @return the arrival index, from 0 (first) to parties - 1 (last, which released the others)
     */
    public int await() {
        lock.acquire();
        try {
            while (state.get() != FILLING) {
                condition.await(); // the previous round is still leaving
            }
            int index = count.get();
            count.set(index + 1);
            if (index + 1 == parties) {
                state.set(DRAINING);
                condition.signalAll();
            } else {
                while (state.get() == FILLING) {
                    condition.await();
                }
            }
            int left = count.get() - 1;
            count.set(left);
            if (left == 0) {
                state.set(FILLING);
                condition.signalAll();
            }
            return index;
        } finally {
            lock.release();
        }
    }

    public int getParties() {
        return parties;
    }

    @Override
    public String toString() {
        return "<Barrier parties=" + parties + ">";
    }
}
