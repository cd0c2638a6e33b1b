package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Semaphore;

public class ThreadDiningTable {
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Semaphore butler = new Semaphore(n - 1);
        ThreadPhilosopher[] philosophers = new ThreadPhilosopher[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new ThreadPhilosopher(i, forks[i], forks[(i + 1) % n], meals, butler);
        }
        for (ThreadPhilosopher p : philosophers) {
            p.start();
        }
        for (ThreadPhilosopher p : philosophers) {
            p.join();
        }
        System.out.println("done");
    }
}
