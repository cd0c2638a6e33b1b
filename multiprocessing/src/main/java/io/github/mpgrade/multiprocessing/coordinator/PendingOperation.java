package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.Status;

/**
 * A request in a controlled run, held until the scheduler picks it. It runs only when it can
 * complete at once: a blocking operation that cannot go is not enabled, and a timed one the
 * scheduler picks anyway times out (that is how timeouts happen on the virtual clock).
 */
final class PendingOperation {
    /** Carries the request out; {@code timeoutMillis} is 0 when it must only try. */
    @FunctionalInterface
    interface Action {
        void run(long timeoutMillis);
    }

    final Session session;
    final long requestId;
    final TaskKey task;
    final Choice.Operation operation;
    /** What it acts on or waits for; null for an operation on no object (create, start, sleep). */
    final OperationTarget target;
    /** As the program asked: -1 waits for ever, 0 only tries, more is a timed wait. */
    final long timeoutMillis;
    final Action action;
    /** For SLEEP: the virtual time its sleep ends. */
    long wakeAt;
    /** With the agent: the thread was interrupted in this wait; it ends so, when picked. */
    boolean interrupted;

    PendingOperation(Session session, long requestId, TaskKey task, Choice.Operation operation, OperationTarget target,
                     long timeoutMillis, Action action) {
        this.session = session;
        this.requestId = requestId;
        this.task = task;
        this.operation = operation;
        this.target = target;
        this.timeoutMillis = timeoutMillis;
        this.action = action;
    }

    /** Whether it would wait for another task if it went now. */
    boolean mustWait(SyncState state) {
        if (interrupted) {
            return false;
        }
        return switch (operation) {
            case ACQUIRE -> !((SemCore) target).canTake(task);
            case QUEUE_GET -> ((QueueCell) target).items.isEmpty();
            case JOIN -> ((ProcessRecord) target).phase != ProcessRecord.Phase.EXITED;
            case FINISHING -> state.processes.hasLiveChildrenToWaitFor((ProcessRecord) target);
            case THREAD_JOIN -> !((ThreadRecord) target).ended;
            default -> false;
        };
    }

    boolean enabled(SyncState state) {
        return timeoutMillis >= 0 || !mustWait(state);
    }

    /** Carries it out as asked: a blocking operation waits in the state's queues (a free run). */
    void run() {
        action.run(timeoutMillis);
    }

    /** Carries it out now (a controlled run): if it would have to wait, it times out instead. */
    void runNow(SyncState state) {
        if (interrupted) {
            state.outbox.reply(session, requestId, Status.INTERRUPTED, 0, 0, null, null);
            return;
        }
        action.run(mustWait(state) ? 0 : timeoutMillis);
    }

    /** Whether an interrupt ends it: a sleep, a thread's join, a monitor's wait (with the agent). */
    boolean interruptible() {
        return operation == Choice.Operation.SLEEP || Interrupts.ends(asWaiter().kind, target);
    }

    /** As a waiter, for the deadlock report. */
    Waiter asWaiter() {
        Waiter.Kind kind = switch (operation) {
            case QUEUE_GET -> Waiter.Kind.QUEUE_GET;
            case JOIN -> Waiter.Kind.JOIN;
            case FINISHING -> Waiter.Kind.FINISHING;
            case THREAD_JOIN -> Waiter.Kind.THREAD_JOIN;
            default -> Waiter.Kind.ACQUIRE;
        };
        return new Waiter(kind, session, requestId, task, target);
    }
}
