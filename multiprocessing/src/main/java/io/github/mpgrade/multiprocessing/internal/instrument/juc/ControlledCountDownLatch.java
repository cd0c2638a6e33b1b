package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CountDownLatch} whose gate is a coordinator semaphore ({@code CountDownLatch-1} in the
 * log): closed until the count reaches zero, then open for good, each waiter passing through it
 * (taking its permit and giving it back). A thread waiting at a latch that never opens is a wait
 * the deadlock report names. Each countDown is a step too, under an internal mutex.
 */
public class ControlledCountDownLatch extends CountDownLatch {
    private final Permits gate = Permits.closed(ObjectKind.COUNT_DOWN_LATCH);
    private final Permits counting = Permits.mutex(ObjectKind.COUNT_DOWN_LATCH_COUNT);
    /** Written under {@code counting}; read without it, as Java's getCount reads a volatile. */
    private volatile long count;

    public ControlledCountDownLatch(int count) {
        super(count); // only to check the count as Java does: the JDK's own count stays unused
        this.count = count;
        if (count == 0) {
            gate.release();
        }
    }

    @Override
    public void await() throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        gate.acquire();
        gate.release();
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        if (!gate.tryAcquire(timeout, unit)) {
            return false;
        }
        gate.release();
        return true;
    }

    @Override
    public void countDown() {
        counting.acquire();
        try {
            if (count > 0 && --count == 0) {
                gate.release();
            }
        } finally {
            counting.release();
        }
    }

    @Override
    public long getCount() {
        return count;
    }

    /** As Java's: {@code [Count = 2]}. */
    @Override
    public String toString() {
        return "CountDownLatch" + gate + "[Count = " + count + "]";
    }
}
