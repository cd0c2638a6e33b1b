package io.github.mpgrade.samples.threads;

/**
 * SCTBench's reorder_N with threads: each setter writes {@code a = 1} and then {@code b = -1}, each
 * in a {@code synchronized} block of its own; a checker, started last, reads both in one block and
 * finds them torn ({@code a} set, {@code b} not yet) only if it runs between the first setter's two
 * blocks and before any setter's second. Argument: the number of setters (default 4). Prints
 * {@code torn} or {@code consistent}.
 */
public class Reorder {
    private static final Object LOCK = new Object();
    private static int a;
    private static int b;
    private static boolean torn;

    public static void main(String[] args) throws InterruptedException {
        int setters = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Thread[] threads = new Thread[setters + 1];
        for (int i = 0; i < setters; i++) {
            threads[i] = new Thread(() -> {
                synchronized (LOCK) {
                    a = 1;
                }
                synchronized (LOCK) {
                    b = -1;
                }
            });
        }
        threads[setters] = new Thread(() -> {
            synchronized (LOCK) {
                torn = a == 1 && b == 0;
            }
        });
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(torn ? "torn" : "consistent");
    }
}
