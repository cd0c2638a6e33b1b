package io.github.mpgrade.samples.reuse;

import io.github.mpgrade.multiprocessing.Barrier;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/**
 * Two processes that always deadlock, each inside a try whose finally prints, and a root that
 * would print once both are joined: when the run's verdict ends them without a kill, their threads
 * unwind through those finally blocks, and nothing they print then may reach the run's log.
 */
public class DeadlockedInTry {
    static class Grabber extends Process {
        private final Lock first;
        private final Lock second;
        private final Barrier bothHoldOne;

        Grabber(String name, Lock first, Lock second, Barrier bothHoldOne) {
            super(name);
            this.first = first;
            this.second = second;
            this.bothHoldOne = bothHoldOne;
        }

        @Override
        public void run() {
            first.acquire();
            bothHoldOne.await();
            try {
                second.acquire();
            } finally {
                System.out.println(getName() + " unwinds");
            }
        }
    }

    public static void main(String[] args) {
        Lock a = new Lock();
        Lock b = new Lock();
        Barrier bothHoldOne = new Barrier(2);
        Process one = new Grabber("one", a, b, bothHoldOne);
        Process other = new Grabber("other", b, a, bothHoldOne);
        one.start();
        other.start();
        try {
            one.join();
            other.join();
        } finally {
            System.out.println("root unwinds");
        }
    }
}
