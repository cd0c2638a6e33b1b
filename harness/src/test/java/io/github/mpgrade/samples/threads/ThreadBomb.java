package io.github.mpgrade.samples.threads;

/** Starts threads that never end, until something stops it. */
public class ThreadBomb {
    public static void main(String[] args) {
        Object never = new Object();
        for (int i = 0; ; i++) {
            new Thread(() -> {
                synchronized (never) {
                    try {
                        never.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }).start();
        }
    }
}
