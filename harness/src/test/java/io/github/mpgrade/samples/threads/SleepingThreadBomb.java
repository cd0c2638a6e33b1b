package io.github.mpgrade.samples.threads;

/** Starts threads that sleep for ever, until something stops it. */
public class SleepingThreadBomb {
    public static void main(String[] args) {
        while (true) {
            new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
        }
    }
}
