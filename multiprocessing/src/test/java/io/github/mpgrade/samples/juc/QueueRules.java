package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledArrayBlockingQueue;
import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledLinkedBlockingQueue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** What Java documents of ArrayBlockingQueue and LinkedBlockingQueue, printed one fact a line. */
public class QueueRules {
    public static void main(String[] args) throws InterruptedException {
        rules("ArrayBlockingQueue", new ControlledArrayBlockingQueue<>(2));
        rules("LinkedBlockingQueue", new ControlledLinkedBlockingQueue<>(2));
        System.out.println("LinkedBlockingQueue(): remaining capacity " + new ControlledLinkedBlockingQueue<>()
                .remainingCapacity());
        System.out.println("ArrayBlockingQueue(0): " + outcome(() -> new ControlledArrayBlockingQueue<>(0)));
    }

    static void rules(String name, BlockingQueue<String> queue) throws InterruptedException {
        queue.put("a");
        queue.put("b");
        System.out.println(name + " full: size " + queue.size() + ", remaining " + queue.remainingCapacity()
                + ", offer(c) = " + queue.offer("c") + ", offer(c, 20 ms) = " + queue.offer("c", 20, TimeUnit.MILLISECONDS)
                + ", add(c) " + outcome(() -> queue.add("c")) + ", put(null) " + outcome(() -> queue.put(null)));
        List<String> seen = new ArrayList<>();
        queue.forEach(seen::add);
        System.out.println(name + " items " + queue + ", iterated " + seen + ", peek " + queue.peek()
                + ", contains(b) " + queue.contains("b"));

        Thread producer = new Thread(() -> {
            try {
                queue.put("c"); // waits until the consumer below takes one
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(queue.take());
        }
        producer.join();
        System.out.println(name + " took in order " + taken + ", then empty " + queue.isEmpty() + ", poll() = "
                + queue.poll() + ", poll(20 ms) = " + queue.poll(20, TimeUnit.MILLISECONDS));

        queue.offer("x");
        queue.offer("y");
        Iterator<String> it = queue.iterator();
        it.next();
        it.remove();
        List<String> drained = new ArrayList<>();
        System.out.println(name + " after the iterator removed x: " + queue + ", drainTo moved " + queue.drainTo(drained)
                + " " + drained + ", size " + queue.size());
    }

    interface Action {
        void run() throws Exception;
    }

    static String outcome(Action action) {
        try {
            action.run();
            return "returned";
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
