package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Process;

/** Every process starts processes in a loop for ever, shrugging off the refusals past the limit. */
public class ForkBomb {
    public static void main(String[] args) {
        bomb();
    }

    static void bomb() {
        while (true) {
            try {
                new Process(ForkBomb::bomb).start();
            } catch (RuntimeException refused) {
                // past the limit of processes: try again
            }
        }
    }
}
