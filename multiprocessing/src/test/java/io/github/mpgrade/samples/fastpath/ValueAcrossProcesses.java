package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;

/**
 * A Value set in one process is read by another while both run: main sets {@code go}, which the
 * child waits to read, and the child answers in another Value, which main waits to read.
 */
public class ValueAcrossProcesses {
    public static void main(String[] args) {
        Value<Boolean> go = new Value<>(false);
        Value<Long> answer = new Value<>(0L);
        Process child = new Process(() -> {
            while (!go.get()) {
                Time.sleep(1);
            }
            answer.set(42L);
        });
        child.start();
        go.set(true);
        while (answer.get() != 42L) {
            Time.sleep(1);
        }
        System.out.println("main reads " + answer.get());
        child.join();
    }
}
