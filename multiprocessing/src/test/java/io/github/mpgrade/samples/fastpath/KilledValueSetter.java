package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * One process sets a {@code Value<Long>} without end and is killed (SIGKILL) in the middle of it;
 * three others each add 1 to a {@code Value<Integer>} under its lock {@value #ROUNDS} times and
 * read the victim's Value every round. Neither Value stays held by the dead process: the others'
 * total is exact, and the victim's Value can be read and set afterwards. The victim pauses every
 * 100 sets: at full speed it would fill the event log's cap before it dies.
 */
public class KilledValueSetter {
    static final int ROUNDS = 2000;

    public static void main(String[] args) {
        Value<Long> noise = new Value<>(0L);
        Value<Integer> total = new Value<>(0);
        Process victim = new Process(() -> {
            for (long i = 1; ; i++) {
                noise.set(i);
                if (i % 100 == 0) {
                    Time.sleep(1);
                }
            }
        });
        victim.start();
        while (noise.get() < 200) {
            Time.sleep(5);
        }
        List<Process> survivors = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            survivors.add(new Process(() -> {
                RLock lock = total.getLock();
                for (int i = 0; i < ROUNDS; i++) {
                    lock.acquire();
                    total.set(total.get() + 1);
                    lock.release();
                    noise.get();
                }
            }));
        }
        survivors.forEach(Process::start);
        victim.kill();
        victim.join();
        survivors.forEach(Process::join);
        System.out.println("victim exit code " + victim.exitCode());
        System.out.println("total " + total.get());
        noise.set(-1L);
        System.out.println("noise " + noise.get());
    }
}
