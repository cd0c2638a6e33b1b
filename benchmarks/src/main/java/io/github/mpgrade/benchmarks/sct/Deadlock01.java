package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import java.util.List;

/**
 * SCTBench's deadlock01: one process takes lock a then b, the other b then a; each may hold its
 * first lock while waiting for the other's. Arguments: {@code bug|fixed}; in the fixed variant both
 * take a first.
 */
public final class Deadlock01 {
    private Deadlock01() {
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        Lock a = new Lock();
        Lock b = new Lock();
        List<Process> processes = List.of(
                new Process(() -> both(a, b)),
                new Process(() -> {
                    if (variant == Variant.BUG) {
                        both(b, a);
                    } else {
                        both(a, b);
                    }
                }));
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }

    private static void both(Lock first, Lock second) {
        first.acquire();
        second.acquire();
        second.release();
        first.release();
    }
}
