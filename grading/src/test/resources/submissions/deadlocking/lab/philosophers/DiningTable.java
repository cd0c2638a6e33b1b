package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;

/** Every philosopher takes its left fork, then its right: a deadlock under the wrong schedule. */
public class DiningTable {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new Philosopher(i, forks[i], forks[(i + 1) % n], 2);
            philosophers[i].start();
        }
        for (Philosopher p : philosophers) {
            p.join();
        }
        System.out.println("done");
    }
}
