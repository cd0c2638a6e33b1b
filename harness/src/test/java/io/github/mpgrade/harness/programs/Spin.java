package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** A process that takes a lock, then loops for ever without calling the library again. */
public class Spin {
    static volatile long spins;

    public static void main(String[] args) {
        Lock lock = new Lock();
        Process spinner = new Process(() -> {
            lock.acquire();
            while (spins >= 0) {
                spins++;
            }
        });
        spinner.start();
        spinner.join();
    }
}
