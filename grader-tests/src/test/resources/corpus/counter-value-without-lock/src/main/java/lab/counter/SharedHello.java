package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;

/** Two processes share one {@link Value}: each step is a read and a write under its lock. */
public class SharedHello {
    static void hello(String name, Value<Integer> counter) {
        for (int i = 0; i < 5; i++) {
            int value;
            value = counter.get() + 1;
            counter.set(value);
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
    }

    public static void main(String[] args) {
        Value<Integer> counter = new Value<>(10);
        Process world = new Process(() -> hello("world", counter));
        Process myself = new Process(() -> hello("myself", counter));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter.get());
    }
}
