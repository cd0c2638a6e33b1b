package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Queue between processes: first in, first out; a timed get() on an empty queue gives null. */
public class QueueOrder {
    /** An item of the program's own class: it travels by serialization. */
    record Parcel(String label, int weight) implements Serializable {
    }

    public static void main(String[] args) {
        Queue<Integer> numbers = new Queue<>();
        Process producer = new Process(() -> {
            for (int i = 1; i <= 100; i++) {
                numbers.put(i);
            }
        });
        producer.start();
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            got.add(numbers.get());
        }
        producer.join();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            expected.add(i);
        }
        System.out.println("main got the 100 numbers Process-1 put, in order: " + got.equals(expected));
        System.out.println("get(100 ms) on the empty queue: " + numbers.get(Duration.ofMillis(100)));

        Queue<Parcel> parcels = new Queue<>();
        Process consumer = new Process(() -> {
            for (int i = 0; i < 3; i++) {
                System.out.println("Process-2 got " + parcels.get());
            }
            System.out.println("Process-2 then: get(100 ms) = " + parcels.get(Duration.ofMillis(100)));
        });
        consumer.start();
        parcels.put(new Parcel("a", 1));
        parcels.put(new Parcel("b", 2));
        parcels.put(new Parcel("c", 3));
        consumer.join();

        try {
            parcels.put(null);
            System.out.println("put(null) returned normally");
        } catch (NullPointerException e) {
            System.out.println("put(null): NullPointerException: " + e.getMessage());
        }
    }
}
