package io.github.mpgrade.samples.reuse;

import io.github.mpgrade.multiprocessing.Process;

/**
 * Every process prints its name as the runtime numbers it (Process-1, then Process-1:1 for its
 * child), how many children it has running, and whether the runtime's classes are the JVM's own:
 * in a reused JVM the runtime is loaded once and shared, yet each process must find it as a fresh
 * JVM would, numbering from 1 and with no children. The root starts two children one after the
 * other; each starts one of its own.
 */
public class NumberedProcesses {
    static void describe() {
        Process me = Process.current();
        System.out.println(me.getName() + " children " + Process.activeChildren().size() + " shared runtime "
                + (Process.class.getClassLoader() == ClassLoader.getSystemClassLoader()));
    }

    public static void main(String[] args) {
        describe();
        for (int i = 0; i < 2; i++) {
            Process child = new Process(() -> {
                describe();
                Process grandchild = new Process(NumberedProcesses::describe);
                grandchild.start();
                grandchild.join();
            });
            child.start();
            child.join();
        }
    }
}
