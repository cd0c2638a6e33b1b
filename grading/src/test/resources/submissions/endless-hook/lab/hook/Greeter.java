package lab.hook;

import io.github.mpgrade.multiprocessing.Process;

/** A well-behaved program of the same submission: a process greets, then main prints done. */
public class Greeter {
    public static void main(String[] args) {
        Process greeter = new Process(() -> System.out.println("hello"));
        greeter.start();
        greeter.join();
        System.out.println("done");
    }
}
