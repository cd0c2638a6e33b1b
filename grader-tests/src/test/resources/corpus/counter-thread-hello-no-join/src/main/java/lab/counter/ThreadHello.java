package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

/** Starts both threads but prints the counter without joining them. */
public class ThreadHello {
    static int counter = 10;

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            int value;
            synchronized (ThreadHello.class) {
                counter += 1;
                value = counter;
            }
            Time.sleep(20);
            System.out.println("hello " + name + " " + value);
        }
    }

    public static void main(String[] args) {
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        System.out.println("counter is : " + counter);
    }
}
