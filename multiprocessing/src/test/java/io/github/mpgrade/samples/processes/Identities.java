package io.github.mpgrade.samples.processes;

import io.github.mpgrade.multiprocessing.Process;

/**
 * Names, pids and statics: every process is a JVM of its own, named as in Python, and starts with
 * the class's initial static values whatever its parent changed.
 */
public class Identities {
    static int counter = 10;

    static void report() {
        Process me = Process.current();
        System.out.println("I am " + me.getName() + ": pid " + ProcessHandle.current().pid() + ", Process.current().pid() "
                + me.pid() + ", counter " + counter);
        counter += 1;
    }

    public static void main(String[] args) {
        counter = 99;
        Process first = new Process(() -> {
            report();
            Process grandchild = new Process(Identities::report);
            grandchild.start();
            System.out.println(Process.current().getName() + " started " + grandchild.getName() + " with pid "
                    + grandchild.pid());
            grandchild.join();
        });
        Process second = new Process(Identities::report);
        first.start();
        second.start();
        System.out.println("main started " + first.getName() + " with pid " + first.pid());
        System.out.println("main started " + second.getName() + " with pid " + second.pid());
        first.join();
        second.join();
        System.out.println("I am " + Process.current().getName() + ": pid " + ProcessHandle.current().pid()
                + ", Process.current().pid() " + Process.current().pid() + ", counter " + counter);
    }
}
