package io.github.mpgrade.samples.threads;

/** Symmetric philosophers whose forks are monitors: each takes its left fork, then its right one. */
public class SynchronizedPhilosophers {
    static class Fork {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        Fork[] forks = new Fork[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Fork();
        }
        Thread[] philosophers = new Thread[n];
        for (int i = 0; i < n; i++) {
            Fork left = forks[i];
            Fork right = forks[(i + 1) % n];
            int id = i;
            philosophers[i] = new Thread(() -> {
                synchronized (left) {
                    synchronized (right) {
                        System.out.println("phil " + id + " is eating");
                    }
                }
            });
        }
        for (Thread p : philosophers) {
            p.start();
        }
        for (Thread p : philosophers) {
            p.join();
        }
    }
}
