package io.github.mpgrade.samples.bench;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Philosophers that may deadlock, for the harness benchmark. Arguments: symmetric|asymmetric, n, meals. */
public class DiningPhilosophers {
    static class Philosopher extends Process {
        private final int id;
        private final Lock first;
        private final Lock second;
        private final int meals;

        Philosopher(int id, Lock first, Lock second, int meals) {
            this.id = id;
            this.first = first;
            this.second = second;
            this.meals = meals;
        }

        @Override
        public void run() {
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
        }
    }

    public static void main(String[] args) {
        boolean symmetric = args[0].equals("symmetric");
        int n = Integer.parseInt(args[1]);
        int meals = Integer.parseInt(args[2]);
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            boolean flip = !symmetric && i == n - 1;
            Lock left = forks[i];
            Lock right = forks[(i + 1) % n];
            philosophers[i] = new Philosopher(i, flip ? right : left, flip ? left : right, meals);
            philosophers[i].start();
        }
        for (Philosopher p : philosophers) {
            p.join();
        }
        System.out.println("done");
    }
}
