package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Main holds a lock and joins a child that retries it for ever: a livelock under every schedule. */
public class SpinsOnTryAcquire {
    public static void main(String[] args) {
        Lock lock = new Lock();
        lock.acquire();
        Process spinner = new Process(() -> {
            while (!lock.tryAcquire()) {
                Time.sleep(1);
            }
            System.out.println("got it");
        });
        spinner.start();
        spinner.join();
        lock.release();
    }
}
