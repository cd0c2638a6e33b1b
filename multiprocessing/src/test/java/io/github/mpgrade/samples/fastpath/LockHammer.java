package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Many processes hammer one Lock and one Semaphore. Arguments: processes, rounds. Each round
 * adds 1 to a Value under the Lock (the total must be exact), then holds one of the Semaphore's
 * 2 permits while counting how many hold one (never more than 2).
 */
public class LockHammer {
    public static void main(String[] args) {
        int processes = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Lock lock = new Lock();
        Semaphore permits = new Semaphore(2);
        Value<Integer> total = new Value<>(0);
        Value<Integer> inside = new Value<>(0);
        Value<Integer> mostInside = new Value<>(0);
        List<Process> workers = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            workers.add(new Process(() -> {
                for (int i = 0; i < rounds; i++) {
                    lock.acquire();
                    total.set(total.get() + 1);
                    lock.release();
                    permits.acquire();
                    lock.acquire();
                    int now = inside.get() + 1;
                    inside.set(now);
                    mostInside.set(Math.max(mostInside.get(), now));
                    lock.release();
                    lock.acquire();
                    inside.set(inside.get() - 1);
                    lock.release();
                    permits.release();
                }
            }));
        }
        workers.forEach(Process::start);
        workers.forEach(Process::join);
        System.out.println("total " + total.get());
        System.out.println("at most " + mostInside.get() + " held a permit at once");
        System.out.println("free permits " + permits.getValue() + ", locked " + lock.isLocked());
    }
}
