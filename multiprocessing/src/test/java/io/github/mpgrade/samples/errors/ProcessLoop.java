package io.github.mpgrade.samples.errors;

import io.github.mpgrade.multiprocessing.Event;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.ProcessStartException;
import java.util.ArrayList;
import java.util.List;

/** Starts processes that never end, in a loop, until start() refuses one; then lets them go. */
public class ProcessLoop {
    public static void main(String[] args) {
        Event release = new Event();
        List<Process> started = new ArrayList<>();
        try {
            while (started.size() < 100) {
                Process p = new Process(release::await);
                p.start();
                started.add(p);
            }
            System.out.println("100 processes started");
        } catch (ProcessStartException e) {
            System.out.println("started " + started.size() + ", then: " + e.getMessage());
        }
        release.set();
        started.forEach(Process::join);
        System.out.println("all joined");
    }
}
