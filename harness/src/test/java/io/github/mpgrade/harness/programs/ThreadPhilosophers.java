package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Time;

/** Philosophers as java.lang.Threads of one process. Arguments: symmetric|asymmetric, n, meals. */
public class ThreadPhilosophers {
    public static void main(String[] args) throws InterruptedException {
        boolean symmetric = args[0].equals("symmetric");
        int n = Integer.parseInt(args[1]);
        int meals = Integer.parseInt(args[2]);
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Thread[] philosophers = new Thread[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            boolean flip = !symmetric && i == n - 1;
            Lock first = forks[flip ? (i + 1) % n : i];
            Lock second = forks[flip ? i : (i + 1) % n];
            philosophers[i] = new Thread(() -> {
                for (int meal = 0; meal < meals; meal++) {
                    first.acquire();
                    second.acquire();
                    System.out.println("phil " + id + " is eating");
                    Time.sleep(20);
                    second.release();
                    first.release();
                    System.out.println("phil " + id + " is thinking");
                    Time.sleep(10);
                }
            });
        }
        for (Thread t : philosophers) {
            t.start();
        }
        for (Thread t : philosophers) {
            t.join();
        }
        System.out.println("done");
    }
}
