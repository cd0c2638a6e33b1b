package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Array;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Many processes hammer one Value under its lock. Arguments: processes, rounds. Each round adds 1
 * to a {@code Value<Integer>} under {@code getLock()} (the total must be exact), 0.5 to a
 * {@code Value<Double>} that shares that lock, and 1 to the process's own element and to element
 * 0 of an {@code Array<Long>} under the array's lock.
 */
public class ValueHammer {
    public static void main(String[] args) {
        int processes = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Value<Integer> total = new Value<>(0);
        Value<Double> halves = new Value<>(0.0, total.getLock());
        Array<Long> counts = new Array<>(long.class, processes + 1);
        List<Process> workers = new ArrayList<>();
        for (int p = 1; p <= processes; p++) {
            int own = p;
            workers.add(new Process(() -> {
                RLock lock = total.getLock();
                for (int i = 0; i < rounds; i++) {
                    lock.acquire();
                    total.set(total.get() + 1);
                    halves.set(halves.get() + 0.5);
                    lock.release();
                    try (var held = counts.getLock().hold()) {
                        counts.set(0, counts.get(0) + 1);
                        counts.set(own, counts.get(own) + 1);
                    }
                }
            }));
        }
        workers.forEach(Process::start);
        workers.forEach(Process::join);
        System.out.println("total " + total.get());
        System.out.println("halves " + halves.get());
        System.out.println("counts " + counts.toList());
    }
}
