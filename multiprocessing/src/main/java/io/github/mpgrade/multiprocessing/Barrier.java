package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A barrier for a fixed number of parties, shared by processes and threads: each {@link #await()}
 * waits until all parties have arrived, then all go on, and the barrier is ready for the next
 * round. The algorithm of Python's {@code threading.Barrier} (with its action, timeout, abort and
 * reset), with its state in {@link Value}s guarded by a {@link Condition}.
 */
public final class Barrier implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FILLING = 0;
    private static final int DRAINING = 1;
    private static final int RESETTING = -1;
    private static final int BROKEN = -2;

    /** What the last party to arrive runs once per round, before any party leaves: serializable, as it travels with the barrier. */
    @FunctionalInterface
    public interface Action extends Runnable, Serializable {
    }

    private final int parties;
    private final Action action;
    /** The default timeout of {@link #await()}; null to wait for ever. */
    private final Duration timeout;
    private final Lock lock = new Lock();
    private final Condition condition = new Condition(lock);
    private final Value<Integer> state = new Value<>(FILLING);
    private final Value<Integer> count = new Value<>(0);
    /** Why the barrier broke, for the exception's message. */
    private final Value<String> whyBroken = new Value<>("");

    public Barrier(int parties) {
        this.parties = checked(parties);
        this.action = null;
        this.timeout = null;
    }

    /** A barrier whose last party to arrive in each round runs {@code action} before any party leaves. */
    public Barrier(int parties, Action action) {
        this.parties = checked(parties);
        this.action = Objects.requireNonNull(action, "action");
        this.timeout = null;
    }

    /** A barrier whose {@link #await()} waits at most {@code timeout}. */
    public Barrier(int parties, Duration timeout) {
        this.parties = checked(parties);
        this.action = null;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public Barrier(int parties, Action action, Duration timeout) {
        this.parties = checked(parties);
        this.action = Objects.requireNonNull(action, "action");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    private static int checked(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least 1 party, not " + parties);
        }
        return parties;
    }

    /**
     * Waits until all parties have called {@code await()}, at most the barrier's timeout if it has one.
     *
     * @return the arrival index, from 0 (first) to parties - 1 (last, which released the others)
     * @throws BrokenBarrierException if the barrier is or becomes broken while waiting
     */
    public int await() {
        return awaitMillis(timeout == null ? Timeouts.FOREVER : Timeouts.millis(timeout));
    }

    /**
     * Like {@link #await()}, waiting at most {@code timeout}; if time runs out, it breaks the
     * barrier (for every party) and throws.
     */
    public int await(Duration timeout) {
        return awaitMillis(Timeouts.millis(timeout));
    }

    private int awaitMillis(long millis) {
        lock.acquire();
        try {
            condition.waitFor(() -> { // the last round leaves first
                int now = state.get();
                return now != DRAINING && now != RESETTING;
            });
            if (state.get() == BROKEN) {
                throw broken();
            }
            int index = count.get();
            count.set(index + 1);
            try {
                if (index + 1 == parties) {
                    releaseAll();
                } else {
                    waitForTheLast(millis);
                }
                return index;
            } finally {
                count.set(count.get() - 1);
                if (count.get() == 0 && (state.get() == DRAINING || state.get() == RESETTING)) {
                    state.set(FILLING);
                    condition.signalAll();
                }
            }
        } finally {
            lock.release();
        }
    }

    private void releaseAll() {
        try {
            if (action != null) {
                action.run();
            }
        } catch (RuntimeException | Error e) {
            breakIt("its action threw " + e);
            throw e;
        }
        state.set(DRAINING);
        condition.signalAll();
    }

    private void waitForTheLast(long millis) {
        BooleanSupplier leftFilling = () -> state.get() != FILLING;
        boolean done = millis == Timeouts.FOREVER ? condition.waitFor(leftFilling)
                : condition.waitFor(leftFilling, Duration.ofMillis(millis));
        if (!done) {
            breakIt("a party timed out after " + millis + " ms in " + Process.current().getName());
            throw broken();
        }
        if (state.get() != DRAINING) {
            throw broken();
        }
    }

    /** Returns the barrier to its empty, unbroken state; parties waiting now get {@link BrokenBarrierException}. */
    public void reset() {
        lock.acquire();
        try {
            if (count.get() > 0) {
                if (state.get() == FILLING || state.get() == BROKEN) {
                    whyBroken.set("it was reset while parties waited");
                    state.set(RESETTING);
                }
            } else {
                state.set(FILLING);
            }
            condition.signalAll();
        } finally {
            lock.release();
        }
    }

    /** Breaks the barrier: parties waiting now, and every later {@code await} until {@link #reset()}, throw. */
    public void abort() {
        lock.acquire();
        try {
            breakIt("it was aborted");
        } finally {
            lock.release();
        }
    }

    private void breakIt(String why) {
        whyBroken.set(why);
        state.set(BROKEN);
        condition.signalAll();
    }

    private BrokenBarrierException broken() {
        return new BrokenBarrierException("the barrier is broken: " + whyBroken.get());
    }

    public boolean isBroken() {
        lock.acquire();
        try {
            return state.get() == BROKEN;
        } finally {
            lock.release();
        }
    }

    /** How many parties wait in {@code await} now, in the round that is filling. */
    public int getNumberWaiting() {
        lock.acquire();
        try {
            return state.get() == FILLING ? count.get() : 0;
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
