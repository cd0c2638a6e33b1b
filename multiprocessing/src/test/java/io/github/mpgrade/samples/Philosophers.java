package io.github.mpgrade.samples;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/**
 * The seed's dining philosophers, one process each. With {@code symmetric} every philosopher
 * takes the left fork first (it can deadlock); otherwise the last one takes the right first.
 * Arguments: n, meals, symmetric (true/false), thinking time in ms.
 */
public class Philosophers {
    static class Philosopher extends Process {
        private final int id;
        private final Lock first;
        private final Lock second;
        private final int meals;
        private final long thinkMillis;

        Philosopher(int id, Lock first, Lock second, int meals, long thinkMillis) {
            this.id = id;
            this.first = first;
            this.second = second;
            this.meals = meals;
            this.thinkMillis = thinkMillis;
        }

        @Override
        public void run() {
            for (int meal = 0; meal < meals; meal++) {
                first.acquire();
                Time.sleep(thinkMillis);
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
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean symmetric = args.length > 2 && Boolean.parseBoolean(args[2]);
        long think = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            Lock left = forks[i];
            Lock right = forks[(i + 1) % n];
            boolean flip = !symmetric && i == n - 1;
            philosophers[i] = new Philosopher(i, flip ? right : left, flip ? left : right, meals, think);
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
