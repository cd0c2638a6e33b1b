package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledReentrantLock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two threads take two ReentrantLocks in opposite orders: a deadlock under some schedules. The
 * locks are the classes the agent puts in place of {@code new ReentrantLock()}.
 */
public class OppositeReentrantLocks {
    public static void main(String[] args) throws InterruptedException {
        ReentrantLock left = new ControlledReentrantLock();
        ReentrantLock right = new ControlledReentrantLock();
        Thread one = new Thread(() -> both(left, right, "one"));
        Thread two = new Thread(() -> both(right, left, "two"));
        one.start();
        two.start();
        one.join();
        two.join();
        System.out.println("done");
    }

    static void both(ReentrantLock first, ReentrantLock second, String name) {
        first.lock();
        try {
            second.lock();
            try {
                System.out.println(name + " holds both");
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
