package io.github.mpgrade.samples.errors;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.ProcessStartException;

/** Starts one process and reports what start() said; run with child JVM options that cannot work. */
public class StartWhenTheJvmCannotStart {
    public static void main(String[] args) {
        Process p = new Process(() -> System.out.println("Process-1 runs"));
        try {
            p.start();
            p.join();
            System.out.println("start() returned normally");
        } catch (ProcessStartException e) {
            System.out.println("ProcessStartException: " + e.getMessage());
        }
        System.out.println("main goes on");
    }
}
