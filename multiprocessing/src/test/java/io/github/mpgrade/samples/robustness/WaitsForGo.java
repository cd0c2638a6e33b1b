package io.github.mpgrade.samples.robustness;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a lock that its child waits for, says "ready", and lets go only once the file named by
 * its argument exists: a program in the middle of its work for as long as a test needs.
 */
public class WaitsForGo {
    public static void main(String[] args) {
        Path go = Path.of(args[0]);
        Lock lock = new Lock();
        lock.acquire();
        Process child = new Process(() -> {
            lock.acquire();
            System.out.println("Process-1 got the lock");
            lock.release();
        });
        child.start();
        System.out.println("ready");
        while (!Files.exists(go)) {
            Time.sleep(10);
        }
        lock.release();
        child.join();
        System.out.println("done: Process-1 exit code " + child.exitCode());
    }
}
