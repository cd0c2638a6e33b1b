package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The requests that could not be answered at once: one queue per object or process they wait
 * for, first come first served, and a timer for each that may give up. A wait whose timer runs
 * out leaves its queue and is handed to the {@link Expiry}, under the state lock. Guarded by the
 * state lock.
 */
final class WaitQueues {
    /** Told, under the state lock, of a wait that ran out before it was granted; it has left its queue. */
    @FunctionalInterface
    interface Expiry {
        void expired(Waiter waiter);
    }

    private final Map<OperationTarget, List<Waiter>> queues = new HashMap<>();
    private final ScheduledExecutorService timers;
    private final Object lock;
    private final Expiry expiry;
    /** Writes the frames an expiry queued, once the lock is let go. */
    private final Runnable flusher;
    private long nextSequence;
    /** How many waits have a timer running. */
    private int timed;

    WaitQueues(ScheduledExecutorService timers, Object lock, Expiry expiry, Runnable flusher) {
        this.timers = timers;
        this.lock = lock;
        this.expiry = expiry;
        this.flusher = flusher;
    }

    /** Queues the waiter behind the others of its target; a timeout above 0 ms starts its timer. */
    void park(Waiter w, long timeoutMillis) {
        w.sequence = nextSequence++;
        queueOf(w.target).add(w);
        if (timeoutMillis > 0) {
            timed++;
            w.timer = timers.schedule(() -> {
                synchronized (lock) {
                    if (remove(w)) {
                        expiry.expired(w);
                    } // else granted just before the timer fired
                }
                flusher.run();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The waiters for {@code target}, first come first; a copy. */
    List<Waiter> waitersFor(OperationTarget target) {
        return List.copyOf(queueOf(target));
    }

    /** Takes the waiter out of its queue and stops its timer; false if it was not waiting. */
    boolean remove(Waiter w) {
        if (!queueOf(w.target).remove(w)) {
            return false;
        }
        stopTimer(w);
        return true;
    }

    /** A connection ended: its waiting requests can never be answered. @return the waits it dropped */
    List<Waiter> dropSession(Session session) {
        List<Waiter> dropped = new ArrayList<>();
        for (List<Waiter> queue : queues.values()) {
            queue.removeIf(w -> {
                if (w.session == session) {
                    stopTimer(w);
                    dropped.add(w);
                    return true;
                }
                return false;
            });
        }
        return dropped;
    }

    /** Whether some task waits with no timer that could end its wait. */
    boolean someoneWaitsForEver() {
        return timed == 0 && queues.values().stream().anyMatch(queue -> !queue.isEmpty());
    }

    /** Every waiting request, in the order the tasks began to wait. */
    List<Waiter> all() {
        List<Waiter> all = new ArrayList<>();
        queues.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.sequence, b.sequence));
        return all;
    }

    /** Forgets every wait, as a new program begins; timers still pending find nothing to expire. */
    void clear() {
        queues.clear();
        timed = 0;
    }

    private List<Waiter> queueOf(OperationTarget target) {
        return queues.computeIfAbsent(target, t -> new ArrayList<>());
    }

    private void stopTimer(Waiter w) {
        if (w.timer != null) {
            w.cancelTimer();
            w.timer = null;
            timed--;
        }
    }
}
