package lab.counter;

import java.util.ArrayList;
import java.util.List;

/** Starts threads in a loop until the JVM can make no more: each one sleeps for ever. */
public class ThreadHello {
    static int counter = 10;

    public static void main(String[] args) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        while (true) {
            Thread sleeper = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sleeper.start();
            threads.add(sleeper);
        }
    }
}
