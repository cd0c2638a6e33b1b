package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.io.Serializable;
import java.util.List;

/**
 * SCTBench's stack: a pusher pushes 10 numbers, each under a lock, and sets a flag once it pushed
 * one; a popper pops 10 times under the lock whenever the flag is set and asserts the stack was not
 * empty. The flag stays set, so the popper can pop faster than the pusher pushes. Arguments:
 * {@code bug|fixed}; the fixed popper pops only when the stack holds something.
 */
public final class FlagStack {
    private static final int SIZE = 10;

    private FlagStack() {
    }

    /** The stack and the flag, read and written whole under the lock. */
    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] elements = new int[SIZE];
        private int top;
        private boolean pushedOnce;
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        Lock lock = new Lock();
        Value<State> stack = new Value<>(new State());
        Process pusher = new Process(() -> {
            for (int i = 0; i < SIZE; i++) {
                lock.acquire();
                State state = stack.get();
                Assertion.check(state.top < SIZE, "the stack overflowed");
                state.elements[state.top++] = i;
                state.pushedOnce = true;
                stack.set(state);
                lock.release();
            }
        });
        Process popper = new Process(() -> {
            for (int i = 0; i < SIZE; i++) {
                lock.acquire();
                State state = stack.get();
                if (variant == Variant.BUG ? state.pushedOnce : state.top > 0) {
                    Assertion.check(state.top > 0, "the popper popped an empty stack in its round " + i);
                    state.top--;
                    stack.set(state);
                }
                lock.release();
            }
        });
        List<Process> processes = List.of(pusher, popper);
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
