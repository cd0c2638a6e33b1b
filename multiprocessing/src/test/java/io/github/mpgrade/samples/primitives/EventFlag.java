package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Event;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.time.Duration;

/** An Event: set() in one process wakes the waiters of every other; clear(), isSet(), timed await(). */
public class EventFlag {
    public static void main(String[] args) {
        Event event = new Event();
        System.out.println("isSet() of a new Event: " + event.isSet());
        System.out.println("await(100 ms) on an unset Event: " + event.await(Duration.ofMillis(100)));

        Queue<String> ready = new Queue<>();
        Process[] waiters = new Process[2];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Process(() -> {
                ready.put(Process.current().getName());
                event.await();
                System.out.println(Process.current().getName() + " saw the event set; isSet() = " + event.isSet());
            });
            waiters[i].start();
        }
        ready.get();
        ready.get();
        System.out.println("main sets the event");
        event.set();
        for (Process waiter : waiters) {
            waiter.join();
        }
        System.out.println("isSet() after set(): " + event.isSet());
        System.out.println("await(100 ms) on a set Event: " + event.await(Duration.ofMillis(100)));

        event.clear();
        System.out.println("isSet() after clear(): " + event.isSet());
        Process late = new Process(() -> System.out.println("after clear(), another process: isSet() = "
                + event.isSet() + ", await(100 ms) = " + event.await(Duration.ofMillis(100))));
        late.start();
        late.join();
    }
}
