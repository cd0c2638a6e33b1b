package io.github.mpgrade.samples;

import io.github.mpgrade.multiprocessing.Barrier;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/**
 * Symmetric philosophers that always deadlock, whatever the timing: each takes its left fork,
 * then all meet at a barrier, then each reaches for its right fork, which its neighbour holds.
 */
public class CertainDeadlock {
    static class Philosopher extends Process {
        private final Lock left;
        private final Lock right;
        private final Barrier allHoldOne;

        Philosopher(Lock left, Lock right, Barrier allHoldOne) {
            this.left = left;
            this.right = right;
            this.allHoldOne = allHoldOne;
        }

        @Override
        public void run() {
            left.acquire();
            allHoldOne.await();
            right.acquire();
            System.out.println("unreachable");
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Barrier barrier = new Barrier(n);
        Philosopher[] philosophers = new Philosopher[n];
        for (int i = 0; i < n; i++) {
            philosophers[i] = new Philosopher(forks[i], forks[(i + 1) % n], barrier);
            philosophers[i].start();
        }
        for (Philosopher p : philosophers) {
            p.join();
        }
    }
}
