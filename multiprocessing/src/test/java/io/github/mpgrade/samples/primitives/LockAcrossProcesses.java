package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import java.time.Duration;

/**
 * A Lock shared by processes: exclusive while held, released by any process (Python's rule),
 * and refusing a release when nobody holds it.
 */
public class LockAcrossProcesses {
    public static void main(String[] args) {
        Lock lock = new Lock();
        lock.acquire();

        Process prober = new Process(() -> {
            System.out.println("tryAcquire() while main holds it: " + lock.tryAcquire());
            System.out.println("acquire(100 ms) while main holds it: " + lock.acquire(Duration.ofMillis(100)));
        });
        prober.start();
        prober.join();

        Process releaser = new Process(() -> {
            lock.release();
            System.out.println("Process-2 released the lock main acquired");
        });
        releaser.start();
        lock.acquire(); // granted only once Process-2 has released it
        System.out.println("main acquired the lock again");
        releaser.join();

        Process taker = new Process(() -> {
            System.out.println("acquire(30 s) once main releases: " + lock.acquire(Duration.ofSeconds(30)));
            lock.release();
            System.out.println("a second release by Process-3: " + releaseOutcome(lock));
        });
        taker.start();
        lock.release();
        taker.join();

        System.out.println("a release by main of the free lock: " + releaseOutcome(lock));
        System.out.println("tryAcquire() of the free lock: " + lock.tryAcquire());
        lock.release();
    }

    static String releaseOutcome(Lock lock) {
        try {
            lock.release();
            return "returned normally";
        } catch (IllegalStateException e) {
            return "IllegalStateException: " + e.getMessage();
        }
    }
}
