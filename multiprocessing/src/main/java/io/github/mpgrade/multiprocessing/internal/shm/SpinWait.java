package io.github.mpgrade.multiprocessing.internal.shm;

import java.util.concurrent.locks.LockSupport;

/**
 * How a task waits for shared memory that another process changes within microseconds (a lock
 * released at the end of a short critical section, a Value's set under way): it spins first, as
 * real locks do, then gives its CPU away, so on a machine with fewer CPUs than busy processes the
 * one it waits for gets to run.
 */
public final class SpinWait {
    /** Rounds that only spin: about as long as a few reads and writes of shared memory take. */
    public static final int SPINS = 100;
    /** Then rounds that yield the CPU to whoever may run. */
    public static final int YIELDS = 20;
    /** Beyond those, each round sleeps this long: what it waits for is not running now. */
    private static final long PARK_NANOS = 50_000;

    private SpinWait() {
    }

    /** Pauses before look number {@code round} (from 0) at what it waits for. */
    public static void pause(int round) {
        if (round < SPINS) {
            Thread.onSpinWait();
        } else if (round < SPINS + YIELDS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(PARK_NANOS);
        }
    }
}
