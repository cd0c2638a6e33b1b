package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Barrier;
import io.github.mpgrade.multiprocessing.Process;

/** Three processes meet at one Barrier, twice. */
public class BarrierRounds {
    public static void main(String[] args) {
        Barrier barrier = new Barrier(3);
        Process[] parties = new Process[3];
        for (int i = 0; i < parties.length; i++) {
            parties[i] = new Process(() -> {
                String me = Process.current().getName();
                for (int round = 1; round <= 2; round++) {
                    System.out.println("before " + round + " " + me);
                    int index = barrier.await();
                    System.out.println("after " + round + " " + me + " index " + index);
                }
            });
        }
        for (Process party : parties) {
            party.start();
        }
        for (Process party : parties) {
            party.join();
        }
        System.out.println("getParties() = " + barrier.getParties());
    }
}
