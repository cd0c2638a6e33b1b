package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Two processes each count on their own copy of {@code counter}; the parent's stays 10. */
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
        hello("world");
        hello("myself");
        System.out.println("counter is : " + counter);
    }
}
