package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.io.Serializable;
import java.util.List;

/**
 * SCTBench's circular_buffer: in 7 rounds each, a sender puts its round number into a log buffer
 * when it is its turn (a flag, under a lock) and a receiver takes one out when it is its turn,
 * asserting that what it took is its own round number. A round in which it was not the receiver's
 * turn puts the two counts out of step. Arguments: {@code bug|fixed}; the fixed receiver compares
 * with the value last sent.
 */
public final class CircularBuffer {
    private static final int ROUNDS = 7;

    private CircularBuffer() {
    }

    /** The buffer and both turn flags, read and written whole under the lock. */
    private static final class Log implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final int ERROR = -1;
        private final int[] buffer = new int[10];
        private int first;
        private int next;
        private boolean send = true;
        private boolean receive;
        private int lastSent;

        int remove() {
            if (next > 0 && first < buffer.length) {
                first++;
                return buffer[first - 1];
            }
            return ERROR;
        }

        void insert(int element) {
            if (next < buffer.length) {
                buffer[next] = element;
                next = (next + 1) % buffer.length;
            }
        }
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        Lock lock = new Lock();
        Value<Log> log = new Value<>(new Log());
        Process sender = new Process(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                lock.acquire();
                Log state = log.get();
                if (state.send) {
                    state.insert(round);
                    state.lastSent = round;
                    state.send = false;
                    state.receive = true;
                    log.set(state);
                }
                lock.release();
            }
        });
        Process receiver = new Process(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                lock.acquire();
                Log state = log.get();
                if (state.receive) {
                    int taken = state.remove();
                    int expected = variant == Variant.BUG ? round : state.lastSent;
                    Assertion.check(taken == expected, "the receiver took " + taken + " in its round " + round);
                    state.receive = false;
                    state.send = true;
                    log.set(state);
                }
                lock.release();
            }
        });
        List<Process> processes = List.of(sender, receiver);
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
