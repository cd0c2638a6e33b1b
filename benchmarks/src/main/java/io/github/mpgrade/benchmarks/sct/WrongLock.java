package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * SCTBench's wronglock: checkers add 1 to a shared number under the data's lock and assert that it
 * grew by exactly 1; incrementers add 1 under another lock, so one can step in between. Arguments:
 * {@code bug|fixed checkers incrementers} (wronglock is 1 and 7, wronglock_3 is 1 and 3); the fixed
 * incrementers take the data's lock.
 */
public final class WrongLock {
    private WrongLock() {
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        int checkers = Integer.parseInt(args[1]);
        int incrementers = Integer.parseInt(args[2]);
        Value<Integer> data = new Value<>(0);
        Lock dataLock = new Lock();
        Lock otherLock = variant == Variant.BUG ? new Lock() : dataLock;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < checkers; i++) {
            processes.add(new Process(() -> {
                dataLock.acquire();
                int before = data.get();
                data.set(data.get() + 1);
                int after = data.get();
                Assertion.check(after == before + 1, "data went from " + before + " to " + after + " in one increment");
                dataLock.release();
            }));
        }
        for (int i = 0; i < incrementers; i++) {
            processes.add(new Process(() -> {
                otherLock.acquire();
                data.set(data.get() + 1);
                otherLock.release();
            }));
        }
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
