package io.github.mpgrade.samples.bench;

import io.github.mpgrade.multiprocessing.Barrier;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** n philosophers that always deadlock: all take the left fork, meet at a barrier, reach right. */
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
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Lock[] forks = new Lock[n];
        for (int i = 0; i < n; i++) {
            forks[i] = new Lock();
        }
        Barrier barrier = new Barrier(n);
        for (int i = 0; i < n; i++) {
            new Philosopher(forks[i], forks[(i + 1) % n], barrier).start();
        }
    }
}
