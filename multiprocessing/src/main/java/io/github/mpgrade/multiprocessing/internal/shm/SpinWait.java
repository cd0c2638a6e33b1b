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

    /**
     * How long a task that would otherwise wait through the coordinator spins and yields first:
     * about what that wait costs (a round trip to the coordinator and a wake-up on each side), so
     * spinning never costs more than twice what blocking at once would have.
     */
    public static final long BEFORE_BLOCKING_NANOS = 50_000;

    /**
     * One wait that gives up after {@link #BEFORE_BLOCKING_NANOS}: it spins for {@link #SPINS}
     * rounds, then yields the CPU until the time is up.
     */
    public static final class BeforeBlocking {
        private int round;
        private long deadline;

        /** Pauses before the next look. @return false once the time is up: block then */
        public boolean pause() {
            if (round < SPINS) {
                round++;
                Thread.onSpinWait();
                return true;
            }
            long now = System.nanoTime();
            if (round == SPINS) {
                round++;
                deadline = now + BEFORE_BLOCKING_NANOS;
            } else if (now - deadline > 0) {
                return false;
            }
            Thread.yield();
            return true;
        }
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
