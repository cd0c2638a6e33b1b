package io.github.mpgrade.samples;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Starts two processes that sleep a minute each (one of them starts a grandchild), prints "started", joins. */
public class LongSleepers {
    public static void main(String[] args) {
        Process first = new Process(() -> Time.sleep(60_000));
        Process second = new Process(() -> {
            Process grandchild = new Process(() -> Time.sleep(60_000));
            grandchild.start();
            Time.sleep(60_000);
        });
        first.start();
        second.start();
        Time.sleep(500); // time for the grandchild to start too
        System.out.println("started");
        first.join();
        second.join();
    }
}
