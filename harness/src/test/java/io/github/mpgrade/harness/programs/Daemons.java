package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** A parent that ends while its daemon child still sleeps (it is terminated) and its worker still works (it is waited for). */
public class Daemons {
    public static void main(String[] args) {
        Process parent = new Process(() -> {
            Process daemon = new Process(() -> {
                for (int i = 0; ; i++) {
                    Time.sleep(10);
                }
            });
            daemon.setDaemon(true);
            Process worker = new Process(() -> {
                Time.sleep(50);
                System.out.println("worker done");
            });
            daemon.start();
            worker.start();
            System.out.println("parent done");
        });
        parent.start();
        parent.join();
        System.out.println("main done, parent exit " + parent.exitCode());
    }
}
