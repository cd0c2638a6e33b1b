package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A producer and a consumer thread on an ArrayBlockingQueue of capacity 1. Arguments: how many
 * items the producer puts, and how many the consumer takes (the same unless given).
 */
public class BlockingQueueProducerConsumer {
    public static void main(String[] args) throws InterruptedException {
        int items = Integer.parseInt(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : items;
        BlockingQueue<Integer> queue = new ControlledArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < items; i++) {
                put(queue, i);
                System.out.println("put " + i);
            }
        });
        Thread consumer = new Thread(() -> {
            for (int i = 0; i < wanted; i++) {
                System.out.println("took " + take(queue));
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("done");
    }

    static void put(BlockingQueue<Integer> queue, int item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static int take(BlockingQueue<Integer> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
