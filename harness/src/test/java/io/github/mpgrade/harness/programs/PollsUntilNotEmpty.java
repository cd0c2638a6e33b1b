package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;

/** A consumer that spins on isEmpty() until the producer's item arrives. */
public class PollsUntilNotEmpty {
    public static void main(String[] args) {
        Queue<String> queue = new Queue<>();
        Process producer = new Process(() -> queue.put("item"));
        producer.start();
        while (queue.isEmpty()) {
            // spins: under the grader's scheduler each isEmpty() is a step where the producer may run
        }
        System.out.println("got " + queue.get());
        producer.join();
    }
}
