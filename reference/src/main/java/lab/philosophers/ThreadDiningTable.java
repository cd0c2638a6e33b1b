package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;

/** The dining table with threads instead of processes. Arguments: [n, meals]. */
public class ThreadDiningTable {
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // BEGIN SOLUTION: create n forks (Locks) and n ThreadPhilosophers, philosopher i with left fork i, right fork (i + 1) % n and meals; start them all, then join them all
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        ThreadPhilosopher[] philosophers = new ThreadPhilosopher[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new ThreadPhilosopher(i, forks[i], forks[(i + 1) % n], meals);
        }
        for (ThreadPhilosopher philosopher : philosophers) {
            philosopher.start();
        }
        for (ThreadPhilosopher philosopher : philosophers) {
            philosopher.join();
        }
        // END SOLUTION
        System.out.println("done");
    }
}
