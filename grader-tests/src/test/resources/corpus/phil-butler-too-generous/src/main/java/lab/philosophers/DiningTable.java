package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Semaphore;

public class DiningTable {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Semaphore butler = new Semaphore(n);
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new Philosopher(i, forks[i], forks[(i + 1) % n], meals, butler);
        }
        for (Philosopher p : philosophers) {
            p.start();
        }
        for (Philosopher p : philosophers) {
            p.join();
        }
        System.out.println("done");
    }
}
