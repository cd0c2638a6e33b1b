package io.github.mpgrade.samples.threads;

/** A thread publishes a value through a volatile flag that the other spins on: no data race. */
public class VolatileFlag {
    static int message;
    static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            message = 42;
            ready = true;
        });
        writer.start();
        while (!ready) {
            Thread.yield();
        }
        System.out.println("message " + message);
        writer.join();
    }
}
