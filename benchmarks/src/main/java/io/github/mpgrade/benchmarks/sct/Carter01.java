package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.List;

/**
 * SCTBench's carter01 (from Inspect's examples): two processes each count themselves in under lock
 * m and take lock l when their count becomes 1, then count out under m and give l back at 0. When
 * one holds l and the other, holding m, waits for l, the first cannot take m to count out: a
 * deadlock. Two more processes do nothing, as in the original. No arguments.
 */
public final class Carter01 {
    private Carter01() {
    }

    public static void main(String[] args) {
        Lock m = new Lock();
        Lock l = new Lock();
        Value<Integer> a = new Value<>(0);
        Value<Integer> b = new Value<>(0);
        List<Process> processes = List.of(
                new Process(() -> countInAndOut(m, l, a)),
                new Process(() -> countInAndOut(m, l, b)),
                new Process(() -> { }),
                new Process(() -> { }));
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }

    private static void countInAndOut(Lock m, Lock l, Value<Integer> count) {
        m.acquire();
        count.set(count.get() + 1);
        if (count.get() == 1) {
            l.acquire();
        }
        m.release();
        m.acquire();
        count.set(count.get() - 1);
        if (count.get() == 0) {
            l.release();
        }
        m.release();
    }
}
