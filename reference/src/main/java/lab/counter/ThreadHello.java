package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

/** Two threads share one {@code counter}: together they add 10 to it. */
public class ThreadHello {
    static int counter = 10;

    static void hello(String name) {
        // BEGIN SOLUTION: five times: add 1 to counter, which both threads share, Time.sleep(20), print "hello <name> <the value you set>"
        for (int i = 0; i < 5; i++) {
            int value;
            synchronized (ThreadHello.class) { // two threads update one field: one at a time
                counter += 1;
                value = counter;
            }
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
        // END SOLUTION
    }

    public static void main(String[] args) throws InterruptedException {
        // BEGIN SOLUTION: run hello("world") and hello("myself") in two threads; start both, then join both
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        // END SOLUTION
        System.out.println("counter is : " + counter);
    }
}
