package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;

/**
 * A {@link CyclicBarrier} with Java's algorithm on a controlled lock ({@code CyclicBarrier-1} in
 * the log) and its condition: the last party to arrive runs the barrier action, then all go on and
 * a new round (generation) begins. A timeout, an interrupt, a failing action or {@link #reset()}
 * breaks the round: its waiting parties get {@link BrokenBarrierException}, and so does every
 * later {@code await} until a reset.
 */
public class ControlledCyclicBarrier extends CyclicBarrier {
    /** One round of the barrier; a new one begins each time it trips or is reset. */
    private static final class Generation {
        boolean broken;
    }

    private final int parties;
    private final Runnable barrierAction;
    private final ControlledReentrantLock lock = new ControlledReentrantLock(false, ObjectKind.CYCLIC_BARRIER);
    private final Condition trip = lock.newCondition(ObjectKind.CYCLIC_BARRIER_TRIP);
    // Guarded by lock.
    private Generation generation = new Generation();
    private int count;

    public ControlledCyclicBarrier(int parties, Runnable barrierAction) {
        super(parties); // only to check the parties as Java does: the JDK's own state stays unused
        this.parties = parties;
        this.barrierAction = barrierAction;
        this.count = parties;
    }

    public ControlledCyclicBarrier(int parties) {
        this(parties, null);
    }

    @Override
    public int getParties() {
        return parties;
    }

    @Override
    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return arrive(false, 0L);
        } catch (TimeoutException cannotHappen) {
            throw new Error(cannotHappen);
        }
    }

    @Override
    public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException,
            TimeoutException {
        return arrive(true, unit.toNanos(timeout));
    }

    /** Java's {@code dowait}: returns the arrival index, parties - 1 for the first, 0 for the last. */
    private int arrive(boolean timed, long nanos) throws InterruptedException, BrokenBarrierException,
            TimeoutException {
        lock.lock();
        try {
            Generation round = generation;
            if (round.broken) {
                throw new BrokenBarrierException();
            }
            if (Thread.interrupted()) {
                breakBarrier();
                throw new InterruptedException();
            }
            int index = --count;
            if (index == 0) {
                runAction();
                nextGeneration();
                return 0;
            }
            while (true) {
                try {
                    if (!timed) {
                        trip.await();
                    } else if (nanos > 0L) {
                        nanos = trip.awaitNanos(nanos);
                    }
                } catch (InterruptedException e) {
                    if (round == generation && !round.broken) {
                        breakBarrier();
                        throw e;
                    }
                    Thread.currentThread().interrupt(); // the round is over: the interrupt belongs to what follows
                }
                if (round.broken) {
                    throw new BrokenBarrierException();
                }
                if (round != generation) {
                    return index;
                }
                if (timed && nanos <= 0L) {
                    breakBarrier();
                    throw new TimeoutException();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs the action in the last party's thread; if it throws, the round breaks and the party gets it. */
    private void runAction() {
        if (barrierAction == null) {
            return;
        }
        try {
            barrierAction.run();
        } catch (RuntimeException | Error e) {
            breakBarrier();
            throw e;
        }
    }

    private void nextGeneration() {
        trip.signalAll();
        count = parties;
        generation = new Generation();
    }

    private void breakBarrier() {
        generation.broken = true;
        count = parties;
        trip.signalAll();
    }

    @Override
    public boolean isBroken() {
        lock.lock();
        try {
            return generation.broken;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void reset() {
        lock.lock();
        try {
            breakBarrier();
            nextGeneration();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int getNumberWaiting() {
        lock.lock();
        try {
            return parties - count;
        } finally {
            lock.unlock();
        }
    }
}
