package io.github.mpgrade.samples.threads;

/** Threads that each add to one counter in a synchronized block, many times: a program of many steps. */
public class SynchronizedCounter {
    private static int counter;

    public static void main(String[] args) throws InterruptedException {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Object lock = new Object();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                for (int r = 0; r < rounds; r++) {
                    synchronized (lock) {
                        counter++;
                    }
                }
            });
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("counter " + counter);
    }
}
