package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * One process takes and gives back permits of a Semaphore(3) without end, and is killed
 * (SIGKILL) in the middle of it; three others count their rounds on the same semaphore. The
 * victim keeps at most the one permit it held when it died (Python's rule): the others go on.
 * The victim pauses every 100 rounds: at full speed it would fill the event log's cap before it dies.
 */
public class KilledHolder {
    static final int ROUNDS = 2000;

    public static void main(String[] args) {
        Semaphore permits = new Semaphore(3);
        Value<Integer> victimRounds = new Value<>(0);
        Process victim = new Process(() -> {
            for (int i = 0; ; i++) {
                permits.acquire();
                if (i == 50) {
                    victimRounds.set(i); // it is now well into its loop
                }
                permits.release();
                if (i % 100 == 99) {
                    Time.sleep(1);
                }
            }
        });
        victim.start();
        while (victimRounds.get() == 0) {
            Time.sleep(5);
        }
        List<Process> survivors = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            survivors.add(new Process(() -> {
                int rounds = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    permits.acquire();
                    rounds++;
                    permits.release();
                }
                System.out.println("survivor rounds " + rounds);
            }));
        }
        survivors.forEach(Process::start);
        victim.kill();
        victim.join();
        survivors.forEach(Process::join);
        System.out.println("victim exit code " + victim.exitCode());
        int free = permits.getValue();
        System.out.println("free permits 2 or 3: " + (free == 2 || free == 3));
    }
}
