package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;

public class DiningTable {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            int right = (i + 1) % n;
            philosophers[i] = new Philosopher(i, forks[i], forks[right], meals, i < right);
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
