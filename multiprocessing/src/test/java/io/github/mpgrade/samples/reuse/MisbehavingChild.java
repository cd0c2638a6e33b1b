package io.github.mpgrade.samples.reuse;

import io.github.mpgrade.multiprocessing.Event;
import io.github.mpgrade.multiprocessing.Process;

/**
 * A child that ends in a way that leaves its JVM unfit for another process, as the argument says:
 * {@code thread} leaves a daemon thread waiting, {@code hook} adds a shutdown hook, {@code exit} calls {@code System.exit(3)},
 * {@code kill} is killed by its parent while it waits, {@code oom} throws an OutOfMemoryError.
 * The parent prints the child's exit code.
 */
public class MisbehavingChild {
    public static void main(String[] args) {
        String how = args[0];
        Event never = new Event(); // nobody sets it: a wait() lasts until the child is killed
        Process child = new Process("misbehaving", () -> {
            switch (how) {
                case "thread" -> {
                    Thread waiter = new Thread(MisbehavingChild::waitForever, "left-behind");
                    waiter.setDaemon(true);
                    waiter.start();
                }
                case "hook" -> Runtime.getRuntime().addShutdownHook(new Thread(() -> { }, "at-exit"));
                case "exit" -> System.exit(3);
                case "kill" -> never.await();
                case "oom" -> throw new OutOfMemoryError("pretend the heap is full");
                default -> throw new IllegalArgumentException(how);
            }
        });
        child.start();
        if (how.equals("kill")) {
            child.kill();
        }
        child.join();
        System.out.println("exit code " + child.exitCode());
    }

    /** Waits outside the library for good: a controlled run sees the thread parked, not busy. */
    private static void waitForever() {
        Object nobodyNotifies = new Object();
        synchronized (nobodyNotifies) {
            while (true) {
                try {
                    nobodyNotifies.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
