package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** Two processes each count on their own copy of {@code counter}; the parent's stays 10. */
public class Hello {
    static int counter = 10;

    static void hello(String name) {
        // TODO: five times: add 1 to counter, Time.sleep(20), print "hello <name> <counter>"
        throw new UnsupportedOperationException("TODO: write Hello.hello");
    }

    public static void main(String[] args) {
        // TODO: run hello("world") and hello("myself") in two processes of their own; start both,
        //       then join both
        System.out.println("counter is : " + counter);
    }
}
