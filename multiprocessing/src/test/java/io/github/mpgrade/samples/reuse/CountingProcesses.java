package io.github.mpgrade.samples.reuse;

import io.github.mpgrade.multiprocessing.Process;

/**
 * Each process (the root and its children) adds one to a static counter and prints it: with
 * statics fresh in every process, as with Python's spawn, every line says 1. The children run
 * one after the other, so a JVM of the first could serve the second if nothing stopped it.
 */
public class CountingProcesses {
    static int counter;

    static void count(String who) {
        counter += 1;
        System.out.println(who + " counter " + counter);
    }

    public static void main(String[] args) {
        count("root");
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        for (int i = 1; i <= children; i++) {
            String name = "child-" + i;
            Process child = new Process(name, () -> count(name));
            child.start();
            child.join();
        }
    }
}
