package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Time;

/**
 * Dining philosophers in the variants the harness must tell apart. Arguments: variant, n, meals.
 * {@code symmetric}: everyone takes the left fork first (can deadlock). {@code asymmetric}: the
 * last philosopher takes the right fork first. {@code lowerFirst}: everyone takes the
 * lower-numbered fork first. {@code butler}: a Semaphore(n-1) lets at most n-1 reach for forks.
 * {@code gate}: one waiter lock is held while taking both forks.
 */
public class Philosophers {
    static class Philosopher extends Process {
        private final int id;
        private final Lock first;
        private final Lock second;
        private final int meals;
        private final Semaphore butler;
        private final Lock waiter;

        Philosopher(int id, Lock first, Lock second, int meals, Semaphore butler, Lock waiter) {
            this.id = id;
            this.first = first;
            this.second = second;
            this.meals = meals;
            this.butler = butler;
            this.waiter = waiter;
        }

        @Override
        public void run() {
            for (int meal = 0; meal < meals; meal++) {
                if (butler != null) {
                    butler.acquire();
                }
                if (waiter != null) {
                    waiter.acquire();
                }
                first.acquire();
                second.acquire();
                if (waiter != null) {
                    waiter.release();
                }
                System.out.println("phil " + id + " is eating");
                Time.sleep(20);
                second.release();
                first.release();
                if (butler != null) {
                    butler.release();
                }
                System.out.println("phil " + id + " is thinking");
                Time.sleep(10);
            }
        }
    }

    public static void main(String[] args) {
        String variant = args[0];
        int n = Integer.parseInt(args[1]);
        int meals = Integer.parseInt(args[2]);
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Semaphore butler = variant.equals("butler") ? new Semaphore(n - 1) : null;
        Lock waiter = variant.equals("gate") ? new Lock() : null;
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            int left = i;
            int right = (i + 1) % n;
            boolean rightFirst = switch (variant) {
                case "asymmetric" -> i == n - 1;
                case "lowerFirst" -> right < left;
                default -> false;
            };
            philosophers[i] = new Philosopher(i, forks[rightFirst ? right : left], forks[rightFirst ? left : right],
                    meals, butler, waiter);
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
