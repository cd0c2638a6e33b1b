package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.Value;
import java.io.Serializable;

/**
 * Shared data whose class has no {@code toString} of its own, set and put by two processes: an
 * {@code int[]} in a Value (main sets {1, 2, 3}, Process-1 sets an equal array), and objects of a
 * class of the program's own in a Queue (main puts a weight-1 parcel, Process-1 another weight-1
 * parcel and a weight-2 one).
 */
public class ValueContents {
    /** Keeps Object's toString, which would show an identity hash. */
    static final class Parcel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int weight;

        Parcel(int weight) {
            this.weight = weight;
        }
    }

    public static void main(String[] args) {
        Value<int[]> numbers = new Value<>(new int[] {1, 2, 3});
        Queue<Parcel> parcels = new Queue<>();
        parcels.put(new Parcel(1));
        Process child = new Process(() -> {
            numbers.set(new int[] {1, 2, 3});
            parcels.put(new Parcel(1));
            parcels.put(new Parcel(2));
        });
        child.start();
        child.join();
        System.out.println("main reads " + numbers.get().length + " numbers");
    }
}
