package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

/** A hostile ThreadHello of the red team: ThreadHello starts sleeping threads in a loop for ever */
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
        while (counter >= 0) {
            Thread sleeper = new Thread(() -> Time.sleep(600_000));
            sleeper.setDaemon(true);
            sleeper.start();
        }
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
