package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import java.util.ArrayList;
import java.util.List;

/** A hostile Hello of the red team: main keeps every array it allocates until the heap is full */
public class Hello {
    static int counter = 10;

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            counter += 1;
            Time.sleep(20);
            System.out.println("hello " + name + " " + counter);
        }
    }

    public static void main(String[] args) {
        List<long[]> hoard = new ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 20]);
        }
        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
