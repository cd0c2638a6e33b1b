package io.github.mpgrade.multiprocessing.coordinator;

import java.util.concurrent.ScheduledFuture;

/** A request that could not be answered at once: a blocked acquire, get, join or exit. */
final class Waiter {
    enum Kind { ACQUIRE, QUEUE_GET, JOIN, FINISHING, THREAD_JOIN }

    final Kind kind;
    final Session session;
    final long requestId;
    final TaskKey task;
    /** The {@link SemCore}, {@link QueueCell}, {@link ProcessRecord} or {@link ThreadRecord} waited for. */
    final OperationTarget target;
    ScheduledFuture<?> timer;
    /** When it began to wait, in the coordinator's order. */
    long sequence;

    Waiter(Kind kind, Session session, long requestId, TaskKey task, OperationTarget target) {
        this.kind = kind;
        this.session = session;
        this.requestId = requestId;
        this.task = task;
        this.target = target;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
