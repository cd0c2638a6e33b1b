package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;

/** Prints what differs from JVM to JVM: a process with its pid, an array's identity hash, a lambda's class. */
public class PrintsIdentities {
    public static void main(String[] args) {
        Process child = new Process(() -> System.out.println("I am " + Process.current() + " with " + new int[0]));
        child.start();
        child.join();
        Runnable task = () -> { };
        System.out.println("main ran " + child + " and holds " + task);
    }
}
