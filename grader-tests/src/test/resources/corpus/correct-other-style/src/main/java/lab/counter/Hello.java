package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

public class Hello {
    static int counter = 10;

    static void hello(String name) {
        int times = 0;
        while (times < 5) {
            counter++;
            Time.sleep(20);
            System.out.println(String.format("hello %s %d", name, counter));
            times++;
        }
    }

    static class Greeter extends Process {
        private final String name;

        Greeter(String name) {
            this.name = name;
        }

        @Override
        public void run() {
            hello(name);
        }
    }

    public static void main(String[] args) {
        Process[] greeters = {new Greeter("world"), new Greeter("myself")};
        for (Process p : greeters) {
            p.start();
        }
        for (Process p : greeters) {
            p.join();
        }
        System.out.println("counter is : " + counter);
    }
}
