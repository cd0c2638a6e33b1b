package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.JoinableQueue;
import io.github.mpgrade.multiprocessing.Process;

/** A consumer that never calls taskDone(), and a producer that joins the queue. */
public class ForgottenTaskDone {
    public static void main(String[] args) {
        JoinableQueue<Integer> queue = new JoinableQueue<>();
        Process consumer = new Process(() -> {
            while (true) {
                System.out.println("consumed " + queue.get()); // forgets queue.taskDone()
            }
        });
        consumer.setDaemon(true);
        consumer.start();
        queue.put(1);
        queue.put(2);
        queue.join();
        System.out.println("all done");
    }
}
