package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Array;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;

/**
 * Values passed from process to process in turn (each process starts after the last one ended),
 * so every get reads the same content under any schedule: an Integer added to under its lock, an
 * {@code Array<Double>}, and a {@code Value<Object>} that Process-1 sets to a String (which does
 * not fit a cell of shared memory) and Process-2 back to a number.
 */
public class ValuesInTurn {
    public static void main(String[] args) {
        Value<Integer> count = new Value<>(0);
        Array<Double> weights = new Array<>(double.class, 2);
        Value<Object> note = new Value<>(1);
        Process first = new Process(() -> {
            for (int i = 0; i < 3; i++) {
                try (var held = count.getLock().hold()) {
                    count.set(count.get() + 1);
                }
            }
            weights.set(0, 1.5);
            note.set("moved by Process-1");
            System.out.println("Process-1 reads " + note.get());
        });
        first.start();
        first.join();
        Process second = new Process(() -> {
            System.out.println("Process-2 reads " + count.get() + " " + weights.toList() + " " + note.get());
            count.set(10);
            note.set(2);
        });
        second.start();
        second.join();
        System.out.println("main reads " + count.get() + " " + weights.get(0) + " " + note.get());
    }
}
