package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Waiters are served first come, first served, and a timed wait that runs out leaves its queue. */
class WaitQueuesTest {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final Object lock = new Object();
    private final List<Waiter> expired = new ArrayList<>();
    private final CountDownLatch flushed = new CountDownLatch(1);
    private final WaitQueues waits = new WaitQueues(timers, lock, w -> {
        assertTrue(Thread.holdsLock(lock), "an expiry is handled under the state lock");
        expired.add(w);
    }, flushed::countDown);
    private final QueueCell queue = new QueueCell(1, new SyncObject("Queue-1", ObjectKind.QUEUE), null);
    private final QueueCell other = new QueueCell(2, new SyncObject("Queue-2", ObjectKind.QUEUE), null);
    private final Session session = new Session(null);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    private Waiter getter(Session from, long requestId, OperationTarget target) {
        return new Waiter(Waiter.Kind.QUEUE_GET, from, requestId, new TaskKey(0, requestId), target);
    }

    @Test
    void waitersOfOneTargetAreServedInTheOrderTheyCame() {
        Waiter first = getter(session, 1, queue);
        Waiter second = getter(session, 2, queue);
        Waiter third = getter(session, 3, queue);
        synchronized (lock) {
            waits.park(first, -1);
            waits.park(second, -1);
            waits.park(third, -1);
            assertEquals(List.of(first, second, third), waits.waitersFor(queue));
            assertTrue(waits.remove(first));
            assertFalse(waits.remove(first), "a waiter leaves its queue once");
            assertEquals(List.of(second, third), waits.waitersFor(queue));
            assertEquals(List.of(), waits.waitersFor(other));
        }
    }

    @Test
    void everyWaiterInTheOrderTheyBeganToWait_acrossTargets() {
        Waiter a = getter(session, 1, queue);
        Waiter b = getter(session, 2, other);
        Waiter c = getter(session, 3, queue);
        synchronized (lock) {
            waits.park(a, -1);
            waits.park(b, -1);
            waits.park(c, -1);
            assertEquals(List.of(a, b, c), waits.all());
        }
    }

    @Test
    void aTimedWaitThatRunsOutLeavesItsQueueAndIsReported() throws InterruptedException {
        Waiter timed = getter(session, 1, queue);
        Waiter patient = getter(session, 2, queue);
        synchronized (lock) {
            waits.park(timed, 30);
            waits.park(patient, -1);
            assertFalse(waits.someoneWaitsForEver(), "a timer may still end a wait");
        }
        assertTrue(flushed.await(10, TimeUnit.SECONDS), "the expiry's frames were never written");
        synchronized (lock) {
            assertEquals(List.of(timed), expired);
            assertEquals(List.of(patient), waits.waitersFor(queue));
            assertTrue(waits.someoneWaitsForEver());
        }
    }

    @Test
    void aWaiterGrantedBeforeItsTimerRunsOutNeverExpires() throws InterruptedException {
        Waiter timed = getter(session, 1, queue);
        synchronized (lock) {
            waits.park(timed, 30);
            assertTrue(waits.remove(timed));
        }
        Thread.sleep(200);
        synchronized (lock) {
            assertEquals(List.of(), expired);
            assertFalse(waits.someoneWaitsForEver());
        }
    }

    @Test
    void aClosedConnectionTakesItsWaitersAndTheirTimersAlong() {
        Session gone = new Session(null);
        Waiter mine = getter(gone, 1, queue);
        Waiter timedOfMine = getter(gone, 2, other);
        Waiter theirs = getter(session, 3, queue);
        synchronized (lock) {
            waits.park(mine, -1);
            waits.park(timedOfMine, 10_000);
            waits.park(theirs, -1);
            waits.dropSession(gone);
            assertEquals(List.of(theirs), waits.all());
            assertTrue(waits.someoneWaitsForEver(), "no timer is left that could end the remaining wait");
        }
    }
}
