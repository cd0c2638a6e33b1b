package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** A hostile Hello of the red team: Hello's static initializer never ends */
public class Hello {
    static int counter = 10;

    static {
        while (counter == 10) {
            Thread.onSpinWait();
        }
    }

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            counter += 1;
            Time.sleep(20);
            System.out.println("hello " + name + " " + counter);
        }
    }

    public static void main(String[] args) {

        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
