package lab.counter;

import io.github.mpgrade.multiprocessing.Time;
import java.util.concurrent.atomic.AtomicInteger;

/** The shared counter is an AtomicInteger: each increment and its value are one atomic step. */
public class ThreadHello {
    static final AtomicInteger counter = new AtomicInteger(10);

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            int value = counter.incrementAndGet();
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter.get());
    }
}
