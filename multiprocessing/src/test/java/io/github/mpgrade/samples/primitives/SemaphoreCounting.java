package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.BoundedSemaphore;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Time;
import java.time.Duration;

/** Semaphore permits counted across processes; a BoundedSemaphore refusing a release beyond its start value. */
public class SemaphoreCounting {
    public static void main(String[] args) {
        Semaphore permits = new Semaphore(2);
        Process taker = new Process(() -> {
            permits.acquire();
            permits.acquire();
            System.out.println("Process-1 took 2 permits; tryAcquire() for a third = " + permits.tryAcquire());
        });
        taker.start();
        taker.join();
        System.out.println("main, after Process-1 ended holding both: tryAcquire() = " + permits.tryAcquire());

        Process giver = new Process(() -> {
            for (int i = 0; i < 3; i++) {
                permits.release();
            }
            System.out.println("Process-2 released 3 permits it never acquired");
        });
        giver.start();
        giver.join();
        int taken = 0;
        while (permits.tryAcquire()) {
            taken++;
        }
        System.out.println("main then took " + taken + " permits");

        Semaphore timedOut = new Semaphore(0);
        Process waiter = new Process(() -> {
            System.out.println("Process-3: acquire(100 ms) with no permit free = "
                    + permits.acquire(Duration.ofMillis(100)));
            timedOut.release();
            permits.acquire();
            System.out.println("Process-3 acquired the permit main released");
        });
        waiter.start();
        timedOut.acquire(); // a Semaphore(0) as a signal: Process-3's timed acquire is over
        permits.release();
        waiter.join();

        // Three processes share two permits: at most two are ever inside at once.
        Semaphore two = new Semaphore(2);
        Process[] workers = new Process[3];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Process(() -> {
                for (int round = 0; round < 3; round++) {
                    two.acquire();
                    System.out.println("in " + Process.current().getName());
                    Time.sleep(5);
                    System.out.println("out " + Process.current().getName());
                    two.release();
                }
            });
            workers[i].start();
        }
        for (Process worker : workers) {
            worker.join();
        }

        BoundedSemaphore bounded = new BoundedSemaphore(2);
        bounded.acquire();
        Process boundedReleaser = new Process(() -> {
            bounded.release();
            System.out.println("Process-7 returned the permit main took");
            try {
                bounded.release();
                System.out.println("Process-7 released a full BoundedSemaphore without error");
            } catch (IllegalStateException e) {
                System.out.println("Process-7 releasing a full BoundedSemaphore: IllegalStateException: "
                        + e.getMessage());
            }
        });
        boundedReleaser.start();
        boundedReleaser.join();
        System.out.println("main: BoundedSemaphore(2) then gives tryAcquire() = " + bounded.tryAcquire() + ", "
                + bounded.tryAcquire() + ", " + bounded.tryAcquire());
    }
}
