package io.github.mpgrade.samples.threads;

/**
 * Two threads add to one static field; with {@code synchronized} as its argument they do it under
 * the class's monitor, else with nothing to order their reads and writes (a data race).
 */
public class RacyCounter {
    static int counter = 10;

    public static void main(String[] args) throws InterruptedException {
        boolean locked = args.length > 0 && args[0].equals("synchronized");
        Runnable add = () -> {
            for (int i = 0; i < 3; i++) {
                if (locked) {
                    synchronized (RacyCounter.class) {
                        counter += 1;
                    }
                } else {
                    counter += 1;
                }
                Thread.yield();
            }
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("counter is : " + counter);
    }
}
