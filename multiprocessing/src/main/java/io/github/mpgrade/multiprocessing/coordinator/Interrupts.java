package io.github.mpgrade.multiprocessing.coordinator;

/**
 * Which waits Java's {@code Thread.interrupt()} ends (with the agent): a join of a thread, and a
 * monitor's {@code wait()}, which waits on its wake-up semaphore. A lock's acquire is not
 * interruptible, as {@code synchronized} is not.
 */
final class Interrupts {
    private Interrupts() {
    }

    static boolean ends(Waiter.Kind kind, OperationTarget target) {
        return kind == Waiter.Kind.THREAD_JOIN
                || kind == Waiter.Kind.ACQUIRE && target instanceof SemCore sem
                   && sem.object.kind() == ObjectKind.CONDITION_WAKEUP;
    }
}
