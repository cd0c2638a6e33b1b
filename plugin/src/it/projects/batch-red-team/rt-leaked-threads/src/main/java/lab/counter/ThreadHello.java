package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

/** A hostile ThreadHello of the red team: ThreadHello leaves a non-daemon thread deaf to interrupts and a spinning daemon thread behind */
public class ThreadHello {
    static int counter = 10;

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            int value;
            synchronized (ThreadHello.class) {
                counter += 1;
                value = counter;
            }
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread spinner = new Thread(() -> {
            while (counter >= 0) {
                Thread.onSpinWait();
            }
        });
        spinner.setDaemon(true);
        spinner.start();
        new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ignored) {
                    // deaf
                }
            }
        }).start();
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
