package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

/** Two threads share one {@code counter}: together they add 10 to it. */
public class ThreadHello {
    static int counter = 10;

    static void hello(String name) {
        // TODO: five times: add 1 to counter, which both threads share, Time.sleep(20), print
        //       "hello <name> <the value you set>"
        throw new UnsupportedOperationException("TODO: write ThreadHello.hello");
    }

    public static void main(String[] args) throws InterruptedException {
        // TODO: run hello("world") and hello("myself") in two threads; start both, then join both
        System.out.println("counter is : " + counter);
    }
}
