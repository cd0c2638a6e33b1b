package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;

/** An RLock: its owner may take it again, only its owner may release it, as many times as it took it. */
public class RLockOwnership {
    public static void main(String[] args) throws InterruptedException {
        RLock rlock = new RLock();
        rlock.acquire();
        rlock.acquire();
        System.out.println("main acquired the RLock twice without blocking");

        Process other = new Process(() -> {
            System.out.println("another process: tryAcquire() = " + rlock.tryAcquire());
            System.out.println("another process: " + releaseOutcome(rlock));
        });
        other.start();
        other.join();

        Thread thread = new Thread(() -> System.out.println("another thread of main: " + releaseOutcome(rlock)));
        thread.start();
        thread.join();

        rlock.release();
        Process afterOne = new Process(() ->
                System.out.println("after 1 of 2 releases, another process: tryAcquire() = " + rlock.tryAcquire()));
        afterOne.start();
        afterOne.join();

        rlock.release();
        Process afterTwo = new Process(() -> {
            boolean got = rlock.tryAcquire();
            System.out.println("after 2 of 2 releases, another process: tryAcquire() = " + got);
            if (got) {
                rlock.release();
            }
        });
        afterTwo.start();
        afterTwo.join();

        System.out.println("a third release by main: " + releaseOutcome(rlock));
    }

    static String releaseOutcome(RLock lock) {
        try {
            lock.release();
            return "release() returned normally";
        } catch (IllegalStateException e) {
            return "release() threw IllegalStateException: " + e.getMessage();
        }
    }
}
