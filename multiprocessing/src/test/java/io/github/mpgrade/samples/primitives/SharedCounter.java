package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.Value;

/**
 * Two processes each add 1 to one Value {@code n} times. Arguments: {@code locked} or
 * {@code unlocked} (whether each read-modify-write holds {@code getLock()}), and n.
 */
public class SharedCounter {
    public static void main(String[] args) {
        boolean locked = args[0].equals("locked");
        int n = Integer.parseInt(args[1]);
        Value<Integer> counter = new Value<>(0);
        Process a = new Process(() -> addOnes(counter, n, locked));
        Process b = new Process(() -> addOnes(counter, n, locked));
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("total " + counter.get());
        System.out.println("exit codes " + a.exitCode() + " " + b.exitCode());

        Value<String> note = new Value<>("set by main");
        Process reader = new Process(() -> {
            System.out.println("Process-3 reads: " + note.get());
            note.set("set by Process-3");
        });
        reader.start();
        reader.join();
        System.out.println("main then reads: " + note.get());
    }

    static void addOnes(Value<Integer> counter, int n, boolean locked) {
        RLock lock = counter.getLock();
        for (int i = 0; i < n; i++) {
            if (locked) {
                lock.acquire();
            }
            try {
                counter.set(counter.get() + 1);
            } finally {
                if (locked) {
                    lock.release();
                }
            }
        }
    }
}
