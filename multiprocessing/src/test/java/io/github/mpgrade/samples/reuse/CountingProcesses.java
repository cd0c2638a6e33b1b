package io.github.mpgrade.samples.reuse;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/**
 * Each process (the root and its children) adds one to a static counter and prints it: with
 * statics fresh in every process, as with Python's spawn, every line says 1. The children run
 * one after the other, with a pause before each (the second argument, in ms; real time only in a
 * free run), so a JVM of an earlier child is back in the pool by then and could serve a later one
 * if nothing stopped it. Arguments: how many children (2), the pause (0).
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
        long pauseMillis = args.length > 1 ? Long.parseLong(args[1]) : 0;
        for (int i = 1; i <= children; i++) {
            Time.sleep(pauseMillis);
            String name = "child-" + i;
            Process child = new Process(name, () -> count(name));
            child.start();
            child.join();
        }
    }
}
