package io.github.mpgrade.samples.bench;

/**
 * Plain Java threads, as a thread exercise writes them: {@code args[0]} threads each add 1 to one
 * field {@code args[1]} times under the class's monitor, then main joins them and prints the sum.
 * Under the agent every start, monitor enter and exit, and join is a step of the schedule.
 */
public final class ThreadCounter {
    private static int counter;

    private ThreadCounter() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = Integer.parseInt(args[0]);
        int increments = Integer.parseInt(args[1]);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < increments; i++) {
                    synchronized (ThreadCounter.class) {
                        counter++;
                    }
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("counter " + counter);
    }
}
