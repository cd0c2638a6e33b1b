package io.github.mpgrade.samples.juc;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledCyclicBarrier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** What Java documents of CyclicBarrier, printed one fact a line. */
public class BarrierRules {
    public static void main(String[] args) throws Exception {
        AtomicInteger actions = new AtomicInteger();
        CyclicBarrier barrier = new ControlledCyclicBarrier(3, actions::incrementAndGet);
        List<Integer> indexes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> parties = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread party = new Thread(() -> {
                for (int round = 0; round < 2; round++) {
                    indexes.add(awaitIndex(barrier));
                }
            });
            parties.add(party);
            party.start();
        }
        for (int round = 0; round < 2; round++) {
            indexes.add(awaitIndex(barrier));
        }
        for (Thread party : parties) {
            party.join();
        }
        Collections.sort(indexes);
        System.out.println("two rounds of 3 parties: the action ran " + actions.get() + " times, arrival indexes "
                + indexes + ", parties " + barrier.getParties() + ", broken " + barrier.isBroken());

        Thread early = new Thread(() -> System.out.println("a party waiting when the barrier broke: " + outcome(barrier)));
        early.start();
        while (barrier.getNumberWaiting() == 0) {
            Thread.sleep(2);
        }
        try {
            barrier.await(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("await(20 ms) with 2 of 3 parties threw TimeoutException, broken " + barrier.isBroken());
        }
        early.join();
        System.out.println("await() on the broken barrier: " + outcome(barrier));
        barrier.reset();
        System.out.println("after reset(): broken " + barrier.isBroken() + ", waiting " + barrier.getNumberWaiting());

        CyclicBarrier failing = new ControlledCyclicBarrier(1, () -> {
            throw new IllegalStateException("the action failed");
        });
        try {
            failing.await();
        } catch (IllegalStateException e) {
            System.out.println("a failing action: the last party got \"" + e.getMessage() + "\", broken "
                    + failing.isBroken());
        }
    }

    static int awaitIndex(CyclicBarrier barrier) {
        try {
            return barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outcome(CyclicBarrier barrier) {
        try {
            barrier.await();
            return "returned";
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
