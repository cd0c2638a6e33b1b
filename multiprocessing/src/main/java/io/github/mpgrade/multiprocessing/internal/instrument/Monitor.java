package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;

/**
 * The monitor of one Java object under the agent: a re-entrant lock the coordinator keeps, and a
 * wait set built from three of its semaphores as the runtime's {@code Condition} is (CPython's
 * algorithm): {@code sleeping} counts waiters, {@code wakeup} lets one through per notify,
 * {@code woken} tells the notifier that a waiter went through, so a notify is never lost and never
 * wakes two. Java's rules hold: wait and notify need the monitor, wait lets go of every level of it
 * and takes it back to the same depth.
 */
final class Monitor {
    private final CoordinatorSemaphore lock;
    /** The wait set's semaphores, made at its first wait or notify: most monitors never need them. */
    private volatile WaitSet waitSet;

    private record WaitSet(CoordinatorSemaphore sleeping, CoordinatorSemaphore woken, CoordinatorSemaphore wakeup) {
    }

    Monitor(CoordinatorSemaphore lock) {
        this.lock = lock;
    }

    void enter() {
        lock.acquire();
    }

    void exit() {
        String refused = lock.release();
        if (refused != null) {
            throw new IllegalMonitorStateException(refused);
        }
    }

    /**
     * Java's {@code wait(millis)}: 0 waits until notified.
     *
     * @throws InterruptedException if the thread was interrupted before or while it waited; the
     *                              monitor is held again all the same
     */
    void await(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        int depth = ownedDepth("wait()");
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        WaitSet set = waitSet();
        set.sleeping().release();
        for (int i = 0; i < depth; i++) {
            exit();
        }
        boolean interrupted;
        try {
            // Checked again here: an interrupt may have come at a step since the check above; it then
            // ends the wait as a timeout would, which the algorithm allows for.
            interrupted = Thread.interrupted()
                    || set.wakeup().take(millis == 0 ? Timeouts.FOREVER : millis).interrupted();
        } finally {
            set.woken().release();
            for (int i = 0; i < depth; i++) {
                enter();
            }
        }
        if (interrupted) {
            Thread.interrupted(); // Java clears the flag as it throws
            throw new InterruptedException();
        }
    }

    /** Wakes up to {@code count} waiting threads; {@code what} names the call in the refusal. */
    void wake(int count, String what) {
        ownedDepth(what);
        WaitSet set = waitSet();
        while (set.woken().tryAcquire()) { // waiters that timed out since the last notify sleep no more
            set.sleeping().tryAcquire();
        }
        int sleepers = 0;
        while (sleepers < count && set.sleeping().tryAcquire()) {
            set.wakeup().release();
            sleepers++;
        }
        for (int i = 0; i < sleepers; i++) {
            set.woken().acquire(); // each woken waiter (or one that timed out meanwhile) checks in
        }
        if (sleepers > 0) {
            while (set.wakeup().tryAcquire()) {
                // a wake-up left by a waiter that timed out must not wake a later one
            }
        }
    }

    boolean heldByCaller() {
        return lock.depthHeldByCaller() > 0;
    }

    private int ownedDepth(String what) {
        int depth = lock.depthHeldByCaller();
        if (depth == 0) {
            throw new IllegalMonitorStateException("current thread is not owner: " + what
                    + " needs the object's monitor, so call it inside a synchronized block on that object");
        }
        return depth;
    }

    private WaitSet waitSet() {
        WaitSet set = waitSet;
        if (set == null) {
            // Made only by the monitor's owner (checked before), so never twice.
            set = new WaitSet(internal(ObjectKind.CONDITION_SLEEPING), internal(ObjectKind.CONDITION_WOKEN),
                    internal(ObjectKind.CONDITION_WAKEUP));
            waitSet = set;
        }
        return set;
    }

    private static CoordinatorSemaphore internal(ObjectKind kind) {
        return CoordinatorSemaphore.create(kind, 0, Integer.MAX_VALUE);
    }
}
