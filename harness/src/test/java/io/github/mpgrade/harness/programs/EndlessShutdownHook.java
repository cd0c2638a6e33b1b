package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;

/** Main starts a process, then adds a shutdown hook that never ends: its JVM cannot exit. */
public class EndlessShutdownHook {
    public static void main(String[] args) {
        Process greeter = new Process(() -> System.out.println("hello"));
        greeter.start();
        greeter.join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ignored) {
                    // deaf
                }
            }
        }));
    }
}
