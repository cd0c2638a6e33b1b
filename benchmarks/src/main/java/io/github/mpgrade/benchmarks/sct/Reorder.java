package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * SCTBench's reorder_N: N-1 setters each write {@code a = 1} then {@code b = -1}; one checker reads
 * {@code a} then {@code b} and asserts it saw both writes or neither. The checker must run between
 * a setter's two writes (or a setter between the checker's two reads). Arguments:
 * {@code bug|fixed setters}; the fixed variant holds one lock around each pair.
 */
public final class Reorder {
    private Reorder() {
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        int setters = Integer.parseInt(args[1]);
        Value<Integer> a = new Value<>(0);
        Value<Integer> b = new Value<>(0);
        Lock pair = new Lock();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < setters; i++) {
            processes.add(new Process(() -> {
                atomicIf(variant == Variant.FIXED, pair, () -> {
                    a.set(1);
                    b.set(-1);
                });
            }));
        }
        processes.add(new Process(() -> atomicIf(variant == Variant.FIXED, pair, () -> {
            int seenA = a.get();
            int seenB = b.get();
            Assertion.check(seenA == 0 && seenB == 0 || seenA == 1 && seenB == -1,
                    "the checker saw a = " + seenA + ", b = " + seenB);
        })));
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }

    private static void atomicIf(boolean locked, Lock lock, Runnable body) {
        if (locked) {
            lock.acquire();
        }
        try {
            body.run();
        } finally {
            if (locked) {
                lock.release();
            }
        }
    }
}
