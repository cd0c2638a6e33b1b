package io.github.mpgrade.samples.threads;

/** A sleeper and a waiter, both woken by interrupt(), each reporting what woke it. */
public class Interrupts {
    public static void main(String[] args) throws InterruptedException {
        Object lock = new Object();
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(1_000_000);
                System.out.println("slept to the end");
            } catch (InterruptedException e) {
                System.out.println("sleep interrupted, flag " + Thread.currentThread().isInterrupted());
            }
        });
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                    System.out.println("notified");
                } catch (InterruptedException e) {
                    System.out.println("wait interrupted, holds the monitor " + Thread.holdsLock(lock));
                }
            }
        });
        sleeper.start();
        waiter.start();
        sleeper.interrupt();
        waiter.interrupt();
        sleeper.join();
        waiter.join();
        System.out.println("both ended");
    }
}
