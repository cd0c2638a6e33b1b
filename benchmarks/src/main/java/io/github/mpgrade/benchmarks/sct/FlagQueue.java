package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.io.Serializable;
import java.util.List;

/**
 * SCTBench's queue: an enqueuer puts 0, then in 19 rounds puts the next number when it is its turn
 * (a flag, under a lock), recording each at its round's position; a dequeuer in 20 rounds takes one
 * when it is its turn and asserts it equals the number recorded at its own round's position. A
 * round in which it was not someone's turn puts the positions out of step. Arguments:
 * {@code bug|fixed}; the fixed version records and compares by count, not by round.
 */
public final class FlagQueue {
    private static final int SIZE = 20;

    private FlagQueue() {
    }

    /** The queue, the numbers put, and both turn flags, read and written whole under the lock. */
    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] element = new int[SIZE];
        private final int[] stored = new int[SIZE];
        private int head;
        private int tail;
        private int enqueued;
        private int dequeued;
        private boolean enqueueTurn = true;
        private boolean dequeueTurn;

        void enqueue(int x) {
            element[tail] = x;
            tail = tail == SIZE ? 1 : tail + 1;
            enqueued++;
        }

        int dequeue() {
            int x = element[head];
            head = head == SIZE ? 1 : head + 1;
            dequeued++;
            return x;
        }
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        Lock lock = new Lock();
        Value<State> queue = new Value<>(new State());
        Process enqueuer = new Process(() -> {
            lock.acquire();
            State first = queue.get();
            first.enqueue(0);
            first.stored[0] = 0;
            queue.set(first);
            lock.release();
            int value = 0;
            for (int round = 0; round < SIZE - 1; round++) {
                lock.acquire();
                State state = queue.get();
                if (state.enqueueTurn) {
                    value++;
                    int position = variant == Variant.BUG ? round + 1 : state.enqueued;
                    state.enqueue(value);
                    state.stored[position] = value;
                    state.enqueueTurn = false;
                    state.dequeueTurn = true;
                    queue.set(state);
                }
                lock.release();
            }
        });
        Process dequeuer = new Process(() -> {
            for (int round = 0; round < SIZE; round++) {
                lock.acquire();
                State state = queue.get();
                if (state.dequeueTurn) {
                    int expected = state.stored[variant == Variant.BUG ? round : state.dequeued];
                    int taken = state.dequeue();
                    Assertion.check(taken == expected, "the dequeuer took " + taken + " in its round " + round
                            + ", where " + expected + " was recorded");
                    state.dequeueTurn = false;
                    state.enqueueTurn = true;
                    queue.set(state);
                }
                lock.release();
            }
        });
        List<Process> processes = List.of(enqueuer, dequeuer);
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
