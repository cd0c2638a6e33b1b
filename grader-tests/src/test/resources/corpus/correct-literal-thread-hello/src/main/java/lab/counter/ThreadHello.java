package lab.counter;

import io.github.mpgrade.multiprocessing.Time;

public class ThreadHello {
    static int counter = 10;

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            counter += 1;
            Time.sleep(20);
            System.out.println("hello " + name + " " + counter);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread world = new Thread(() -> hello("world"));
        Thread myself = new Thread(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
