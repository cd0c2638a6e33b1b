package io.github.mpgrade.samples.robustness;

import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.internal.instrument.Hooks;

/**
 * A thread that keeps calling the coordinator while main interrupts it again and again, as the
 * agent's rewritten {@code thread.interrupt()} does: every interrupt may come while the caller
 * writes its request, and none may cost the process its connection.
 */
public class InterruptedCaller {
    public static void main(String[] args) throws InterruptedException {
        int interrupts = Integer.parseInt(args[0]);
        Queue<Integer> queue = new Queue<>();
        int[] calls = new int[1];
        Thread caller = new Thread(() -> {
            while (true) {
                int size = queue.size();
                calls[0]++;
                Thread.interrupted(); // an interrupt ends no call of the runtime's: it is only a flag
                if (size > 0) {
                    return;
                }
            }
        });
        caller.start();
        for (int i = 0; i < interrupts; i++) {
            Hooks.interrupt(caller);
        }
        queue.put(1);
        caller.join();
        System.out.println("the caller ended after " + interrupts + " interrupts: " + (calls[0] > 0));
    }
}
