package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Two processes each add one to their own cell of an {@code int[]} held in a Value, under its lock. */
public class SharedArray {
    public static void main(String[] args) {
        Value<int[]> cells = new Value<>(new int[] {0, 0});
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int me = w;
            workers.add(new Process(() -> {
                RLock lock = cells.getLock();
                lock.acquire();
                int[] now = cells.get();
                now[me] += 1;
                cells.set(now);
                lock.release();
            }));
        }
        workers.forEach(Process::start);
        workers.forEach(Process::join);
        System.out.println("cells " + Arrays.toString(cells.get()));
    }
}
