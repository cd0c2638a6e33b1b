package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;

/** Two processes share one {@link Value}: each step is a read and a write under its lock. */
public class SharedHello {
    static void hello(String name, Value<Integer> counter) {
        // BEGIN SOLUTION: five times: holding counter.getLock(), set counter to one more than it holds and remember that value; then Time.sleep(20) and print "hello <name> <that value>"
        for (int i = 0; i < 5; i++) {
            int value;
            counter.getLock().acquire();
            try {
                value = counter.get() + 1;
                counter.set(value);
            } finally {
                counter.getLock().release();
            }
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
        // END SOLUTION
    }

    public static void main(String[] args) {
        Value<Integer> counter = new Value<>(10);
        // BEGIN SOLUTION: run hello("world", counter) and hello("myself", counter) in two processes of their own; start both, then join both
        Process world = new Process(() -> hello("world", counter));
        Process myself = new Process(() -> hello("myself", counter));
        world.start();
        myself.start();
        world.join();
        myself.join();
        // END SOLUTION
        System.out.println("counter is : " + counter.get());
    }
}
