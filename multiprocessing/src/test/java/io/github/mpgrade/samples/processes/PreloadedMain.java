package io.github.mpgrade.samples.processes;

import io.github.mpgrade.multiprocessing.Process;

/**
 * A main class whose static initializer prints a line. A child's JVM loads this class before the
 * child begins (the coordinator names the program's main class) and must not initialize it then,
 * when nothing it printed would reach the program's output: the child initializes it itself, as
 * it unpacks its target, and its line is printed like any other.
 */
public class PreloadedMain {
    static {
        System.out.println("the static initializer ran");
    }

    public static void main(String[] args) {
        Process child = new Process(() -> System.out.println("the child ran"));
        child.start();
        child.join();
    }
}
