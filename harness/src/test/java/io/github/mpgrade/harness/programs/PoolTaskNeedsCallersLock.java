package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Pool;

/** The caller holds a lock while it waits for a pool task that needs the same lock. */
public class PoolTaskNeedsCallersLock {
    static int guarded(Lock lock) {
        lock.acquire();
        lock.release();
        return 1;
    }

    public static void main(String[] args) {
        Lock lock = new Lock();
        Pool pool = new Pool(1);
        lock.acquire();
        int result = pool.apply(() -> guarded(lock));
        lock.release();
        System.out.println(result);
        pool.close();
        pool.join();
    }
}
