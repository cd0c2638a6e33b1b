package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Four processes wait on a Semaphore(0); main releases one permit at a time and, after each,
 * waits until one waiter has woken: each release wakes exactly one waiter.
 */
public class OneWakeUpPerRelease {
    public static void main(String[] args) {
        Semaphore gate = new Semaphore(0);
        Value<Integer> woken = new Value<>(0);
        Semaphore arrived = new Semaphore(0);
        List<Process> waiters = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            waiters.add(new Process(() -> {
                arrived.release();
                gate.acquire();
                try (var held = woken.getLock().hold()) {
                    woken.set(woken.get() + 1);
                }
            }));
        }
        waiters.forEach(Process::start);
        for (int p = 0; p < 4; p++) {
            arrived.acquire();
        }
        Time.sleep(200); // all four are in acquire() now, or about to be
        for (int release = 1; release <= 4; release++) {
            gate.release();
            while (woken.get() < release) {
                Time.sleep(2);
            }
            Time.sleep(50); // a second wake-up would show now
            System.out.println("after release " + release + ": woken " + woken.get() + ", free " + gate.getValue());
        }
        waiters.forEach(Process::join);
    }
}
