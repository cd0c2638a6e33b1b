package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.List;

/**
 * SCTBench's lazy01: two processes add 1 and 2 to a shared number under a lock; a third, under the
 * same lock, asserts the number is below 3 — false once both adders ran before it. No arguments.
 */
public final class Lazy01 {
    private Lazy01() {
    }

    public static void main(String[] args) {
        Lock lock = new Lock();
        Value<Integer> data = new Value<>(0);
        List<Process> processes = List.of(
                new Process(() -> add(lock, data, 1)),
                new Process(() -> add(lock, data, 2)),
                new Process(() -> {
                    lock.acquire();
                    int seen = data.get();
                    Assertion.check(seen < 3, "the checker ran after both adders: data = " + seen);
                    lock.release();
                }));
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }

    private static void add(Lock lock, Value<Integer> data, int amount) {
        lock.acquire();
        data.set(data.get() + amount);
        lock.release();
    }
}
