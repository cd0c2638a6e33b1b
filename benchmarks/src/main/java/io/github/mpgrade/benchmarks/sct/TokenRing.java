package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.List;

/**
 * SCTBench's token_ring: three processes pass a token round a ring ({@code x1 = (x3 + 1) % 4},
 * {@code x2 = x1}, {@code x3 = x2}), each step atomic (one lock here, the original's atomic
 * sections), and a fourth asserts that all three are equal once all three have stepped — true only
 * if they stepped in ring order. No arguments.
 */
public final class TokenRing {
    private TokenRing() {
    }

    public static void main(String[] args) {
        Lock atomic = new Lock();
        Value<Integer> x1 = new Value<>(1);
        Value<Integer> x2 = new Value<>(2);
        Value<Integer> x3 = new Value<>(1);
        Value<Integer> stepped = new Value<>(0);
        List<Process> processes = List.of(
                new Process(() -> step(atomic, stepped, () -> x1.set((x3.get() + 1) % 4))),
                new Process(() -> step(atomic, stepped, () -> x2.set(x1.get()))),
                new Process(() -> step(atomic, stepped, () -> x3.set(x2.get()))),
                new Process(() -> {
                    atomic.acquire();
                    if (stepped.get() == 3) {
                        int first = x1.get();
                        int second = x2.get();
                        int third = x3.get();
                        Assertion.check(first == second && second == third,
                                "the ring holds x1 = " + first + ", x2 = " + second + ", x3 = " + third);
                    }
                    atomic.release();
                }));
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }

    private static void step(Lock atomic, Value<Integer> stepped, Runnable pass) {
        atomic.acquire();
        pass.run();
        stepped.set(stepped.get() + 1);
        atomic.release();
    }
}
