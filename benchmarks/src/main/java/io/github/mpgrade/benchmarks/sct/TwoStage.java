package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * SCTBench's twostage: a writer sets {@code data1 = 1} under one lock, then {@code data2 = data1 + 1}
 * under a second; a reader that sees {@code data1 == 1} asserts {@code data2 == data1 + 1}. The
 * reader must slip in between the two stages. Arguments: {@code bug|fixed writers readers}; the
 * fixed writer keeps the first lock until the second stage is done.
 */
public final class TwoStage {
    private TwoStage() {
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        int writers = Integer.parseInt(args[1]);
        int readers = Integer.parseInt(args[2]);
        Value<Integer> data1 = new Value<>(0);
        Value<Integer> data2 = new Value<>(0);
        Lock lock1 = new Lock();
        Lock lock2 = new Lock();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            processes.add(new Process(() -> {
                lock1.acquire();
                data1.set(1);
                if (variant == Variant.BUG) {
                    lock1.release();
                }
                lock2.acquire();
                data2.set(data1.get() + 1);
                lock2.release();
                if (variant == Variant.FIXED) {
                    lock1.release();
                }
            }));
        }
        for (int i = 0; i < readers; i++) {
            processes.add(new Process(() -> {
                lock1.acquire();
                int first = data1.get();
                lock1.release();
                if (first == 0) {
                    return;
                }
                lock2.acquire();
                int second = data2.get();
                lock2.release();
                Assertion.check(second == first + 1, "the reader saw data1 = " + first + " but data2 = " + second);
            }));
        }
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
