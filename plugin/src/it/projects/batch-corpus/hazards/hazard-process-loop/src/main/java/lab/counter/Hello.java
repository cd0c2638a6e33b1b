package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Two processes each count on their own copy of {@code counter}; the parent's stays 10. */
public class Hello {
    static int counter = 10;

    static void hello(String name) {
        // BEGIN SOLUTION: five times: add 1 to counter, Time.sleep(20), print "hello <name> <counter>"
        for (int i = 0; i < 5; i++) {
            counter += 1;
            Time.sleep(20);
            System.out.println("hello " + name + " " + counter);
        }
        // END SOLUTION
    }

    public static void main(String[] args) {
        // BEGIN SOLUTION: run hello("world") and hello("myself") in two processes of their own; start both, then join both
        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        while (true) { // one more greeter, and another, and another...
            new Process(() -> hello("again")).start();
        }
        // END SOLUTION
    }
}
