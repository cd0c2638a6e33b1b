package io.github.mpgrade.samples.processes;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;

/**
 * A process's end waits for its non-daemon children, and terminates its daemon ones. Nobody here
 * joins anybody: main returns at once, Process-1 returns from run() at once.
 */
public class DaemonsAndWaiting {
    public static void main(String[] args) {
        Queue<String> parentReturned = new Queue<>();
        Queue<String> never = new Queue<>();
        Process parent = new Process(() -> {
            Process daemon = new Process(() -> never.get()); // would wait for ever
            daemon.setDaemon(true);
            Process worker = new Process(() -> {
                parentReturned.get();
                System.out.println("Process-1:2 finished after its parent's run() returned");
            });
            daemon.start();
            worker.start();
            System.out.println("Process-1 returns from run() without joining its children");
            parentReturned.put("returned");
        });
        parent.start();
        System.out.println("main returns without joining Process-1");
    }
}
