package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;

public class Hello {
    static Value<Integer> counter = new Value<>(10);

    static void hello(String name, Value<Integer> shared) {
        for (int i = 0; i < 5; i++) {
            shared.getLock().acquire();
            int value = shared.get() + 1;
            shared.set(value);
            shared.getLock().release();
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
    }

    public static void main(String[] args) {
        Value<Integer> shared = counter;
        Process world = new Process(() -> hello("world", shared));
        Process myself = new Process(() -> hello("myself", shared));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter.get());
    }
}
