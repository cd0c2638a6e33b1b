package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import io.github.mpgrade.multiprocessing.internal.shm.RingEvent;
import io.github.mpgrade.multiprocessing.internal.shm.SharedCell;
import io.github.mpgrade.multiprocessing.internal.shm.SemWord;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's locks, semaphores, values and queues, and what each call on them decides: who
 * is granted at once, who waits (first come, first served: no barging), what the log records and
 * what each caller is answered. Guarded by the state lock.
 */
final class SyncObjects {
    private final Recorder recorder;
    private final TaskNames names;
    private final Outbox outbox;
    private final WaitQueues waits;
    private final SharedSync shared;
    private final Map<Integer, SemCore> sems = new HashMap<>();
    private final Map<Integer, ValueCell> values = new HashMap<>();
    private final Map<Integer, QueueCell> queues = new HashMap<>();
    private final Map<ObjectKind, Integer> madeOfKind = new HashMap<>();
    private int nextId = 1;

    SyncObjects(Recorder recorder, TaskNames names, Outbox outbox, WaitQueues waits, SharedSync shared) {
        this.recorder = recorder;
        this.names = names;
        this.outbox = outbox;
        this.waits = waits;
        this.shared = shared;
    }

    /** Names a new object after its kind and how many of that kind the program made before it. */
    private SyncObject newObject(ObjectKind kind) {
        int n = madeOfKind.merge(kind, 1, Integer::sum);
        return new SyncObject(kind.label() + "-" + n, kind);
    }

    // ---------------------------------------------------------------- locks and semaphores

    /** @param inSharedMemory whether the caller would keep its permits in shared memory (a free run's fast path) */
    void createSem(Session s, long requestId, TaskKey who, ObjectKind kind, int value, int max, String site,
                   boolean inSharedMemory) {
        SemCore sem = new SemCore(nextId++, newObject(kind), value, max, site);
        if (inSharedMemory) {
            sem.backBy(shared.newWord(sem.id, kind, value));
        }
        sems.put(sem.id, sem);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.Create(seq, nanos, task, sem.object, value, site));
        // the extra says where its permits live: 1 in shared memory (the fast path), 0 here
        outbox.reply(s, requestId, Status.OK, sem.id, sem.word() != null ? 1 : 0, null, null);
    }

    /**
     * The monitor of one Java object (with the agent), named after what the program knows it by:
     * {@code synchronized (Lock-3)} for a lock of the runtime, else {@code synchronized (Fork@1)}.
     */
    void createMonitor(Session s, long requestId, TaskKey who, SemCore ofSem, String shown, String site) {
        String of = ofSem != null ? ofSem.object.name() : shown;
        SyncObject object = new SyncObject(ObjectKind.MONITOR.label() + " (" + of + ")", ObjectKind.MONITOR);
        SemCore sem = new SemCore(nextId++, object, 1, 1, site);
        sems.put(sem.id, sem);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.Create(seq, nanos, task, sem.object, 1, site));
        outbox.ok(s, requestId, sem.id);
    }

    SemCore sem(int id) {
        return sems.get(id);
    }

    List<SemCore> sems() {
        return List.copyOf(sems.values());
    }

    /**
     * Acquire with timeout: -1 waits for ever, 0 only tries. A controlled run logs the patience the
     * program asked for, but may only try.
     */
    void acquire(Session s, long requestId, TaskKey who, SemCore sem, long timeoutMillis, Patience asked) {
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.AcquireRequest(seq, nanos, task, sem.object, asked));
        if (sem.tryTake(who)) {
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.AcquireGrant(seq, nanos, task, sem.object));
            outbox.ok(s, requestId, 1);
        } else if (timeoutMillis == 0) {
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.AcquireTimeout(seq, nanos, task, sem.object));
            outbox.timeout(s, requestId);
        } else {
            waits.park(new Waiter(Waiter.Kind.ACQUIRE, s, requestId, who, sem), timeoutMillis);
        }
    }

    /** A timed acquire ran out (it has left its queue already). */
    void acquireExpired(Waiter w) {
        SemCore sem = (SemCore) w.target;
        if (sem.word() != null) {
            sem.word().leave(); // its process logs the timeout itself
            return;
        }
        recorder.record(w.task, (task, seq, nanos) -> new TraceEvent.AcquireTimeout(seq, nanos, task, sem.object));
    }

    /** A wait ended without a grant or a timeout (its process is gone, or it was interrupted). */
    void waitAbandoned(Waiter w) {
        if (w.kind == Waiter.Kind.ACQUIRE && w.target instanceof SemCore sem && sem.word() != null) {
            sem.word().leave();
        }
    }

    void release(Session s, long requestId, TaskKey who, SemCore sem) {
        if (sem.word() != null) {
            // The fast path found all permits free: the process asks only for the refusal's words.
            outbox.illegal(s, requestId, sem.releaseRefusal(who, names::task));
            return;
        }
        String refused = sem.release(who, names::task);
        if (refused != null) {
            outbox.illegal(s, requestId, refused);
            return;
        }
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.Release(seq, nanos, task, sem.object));
        outbox.ok(s, requestId, 0);
        handOff(sem);
    }

    /** Grants the freed permits to the waiters in the order they came. */
    private void handOff(SemCore sem) {
        for (Waiter w : waits.waitersFor(sem)) {
            if (!sem.tryTake(w.task)) {
                return;
            }
            waits.remove(w);
            recorder.record(w.task, (task, seq, nanos) -> new TraceEvent.AcquireGrant(seq, nanos, task, sem.object));
            outbox.ok(w.session, w.requestId, 1);
        }
    }

    // ---------------------------------------------------------------- the fast path (free runs)

    /**
     * A task found no permit free in the word and counted itself as a waiter there: it waits in
     * line like any other, and gets a permit if one is free now (see {@link SemWord}).
     */
    void sharedAcquire(Session s, long requestId, TaskKey who, SemCore sem, long timeoutMillis) {
        waits.park(new Waiter(Waiter.Kind.ACQUIRE, s, requestId, who, sem), timeoutMillis);
        sharedHandOff(sem);
    }

    /**
     * Grants the word's free permits to the waiters in the order they came; each answer carries
     * the version of its grant, which the waiter logs in its ring.
     */
    void sharedHandOff(SemCore sem) {
        for (Waiter w : waits.waitersFor(sem)) {
            long version = sem.word().grant();
            if (version == SemWord.REFUSED) {
                return;
            }
            waits.remove(w);
            outbox.reply(w.session, w.requestId, Status.OK, 1, version, null, null);
        }
    }

    /** Logs one drained record of the fast path as the events the coordinator would have logged. */
    void fastEvent(TaskKey who, SemCore sem, RingEvent event, long patienceMillis) {
        SyncObject object = sem.object;
        switch (event) {
            case TOOK -> {
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_REQUEST, object, null, patienceMillis);
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_GRANT, object, null, 0);
                sem.tookFast(who);
            }
            case TRY_FAILED -> {
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_REQUEST, object, null, patienceMillis);
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_TIMEOUT, object, null, 0);
            }
            case WAITING -> recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_REQUEST, object, null, patienceMillis);
            case GRANTED -> {
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_GRANT, object, null, 0);
                sem.tookFast(who);
            }
            case TIMED_OUT -> recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_TIMEOUT, object, null, 0);
            case RELEASED -> {
                recorder.recordPacked(who, PackedEvents.Kind.RELEASE, object, null, 0);
                sem.releasedFast(who);
            }
            case REENTERED -> {
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_REQUEST, object, null, patienceMillis);
                recorder.recordPacked(who, PackedEvents.Kind.ACQUIRE_GRANT, object, null, 0);
                sem.depthChangedFast(1);
            }
            case LEFT -> {
                recorder.recordPacked(who, PackedEvents.Kind.RELEASE, object, null, 0);
                sem.depthChangedFast(-1);
            }
            default -> throw new IllegalArgumentException("not an event of a lock or semaphore: " + event);
        }
    }

    /** How many times the task holds it, and (in the reply's extra) how many permits are free now. */
    void ownedDepth(Session s, long requestId, TaskKey who, SemCore sem) {
        outbox.reply(s, requestId, Status.OK, sem.depthHeldBy(who),
                sem.freePermits(), null, null);
    }

    /** The locks and semaphores of the program's own (not a Condition's parts) the task holds now, by name. */
    List<String> holdings(TaskKey key) {
        List<String> held = new ArrayList<>();
        for (SemCore sem : sems.values()) {
            if (!sem.isInternal() && sem.isHeldBy(key)) {
                held.add(sem.object.name());
            }
        }
        held.sort(null);
        return held;
    }

    // ---------------------------------------------------------------- values

    /**
     * @param content the content's class if the caller would keep it in a cell of shared memory (a
     *                free run's fast path), with its {@code bits}; or null
     */
    void createValue(Session s, long requestId, TaskKey who, byte[] data, String shown, String site,
                     CellContent content, long bits) {
        ValueCell cell = new ValueCell(nextId++, newObject(ObjectKind.VALUE), site, data, shown);
        if (content != null && shared.newCell(cell.id, content, bits) != null) {
            cell.keepInCell();
        }
        values.put(cell.id, cell);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.Create(seq, nanos, task, cell.object, 0, site));
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ValueSet(seq, nanos, task, cell.object, shown));
        // the extra says where its content lives: 1 in a cell of shared memory (the fast path), 0 here
        outbox.reply(s, requestId, Status.OK, cell.id, cell.inSharedMemory() ? 1 : 0, null, null);
    }

    ValueCell value(int id) {
        return values.get(id);
    }

    void valueGet(Session s, long requestId, TaskKey who, ValueCell cell) {
        String shown = cell.shown;
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ValueGet(seq, nanos, task, cell.object, shown));
        outbox.okWithData(s, requestId, cell.data);
    }

    void valueSet(Session s, long requestId, TaskKey who, ValueCell cell, byte[] data, String shown) {
        cell.data = data;
        cell.shown = shown;
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ValueSet(seq, nanos, task, cell.object, shown));
        outbox.ok(s, requestId, 0);
    }

    /** A set that does not fit the Value's cell: the content lives here from now on (see {@link SharedCell}). */
    void valueMoved(Session s, long requestId, TaskKey who, ValueCell cell, byte[] data, String shown) {
        cell.movedHere(data, shown);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.ValueSet(seq, nanos, task, cell.object, shown));
        outbox.ok(s, requestId, 0);
    }

    /** Logs one drained get or set of a Value's cell as the event the coordinator would have logged. */
    void fastValueEvent(TaskKey who, ValueCell cell, RingEvent event, CellContent content, long bits) {
        PackedEvents.Kind kind = event == RingEvent.VALUE_GET ? PackedEvents.Kind.VALUE_GET : PackedEvents.Kind.VALUE_SET;
        recorder.recordPacked(who, kind, cell.object, content, bits);
    }

    // ---------------------------------------------------------------- queues

    void createQueue(Session s, long requestId, TaskKey who, ObjectKind kind, String site) {
        QueueCell queue = new QueueCell(nextId++, newObject(kind), site);
        queues.put(queue.id, queue);
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.Create(seq, nanos, task, queue.object, 0, site));
        outbox.ok(s, requestId, queue.id);
    }

    QueueCell queue(int id) {
        return queues.get(id);
    }

    /** The item goes to the getter that waited longest, or into the queue if none waits. */
    void queuePut(Session s, long requestId, TaskKey who, QueueCell queue, byte[] data, String shown) {
        recorder.record(who, (task, seq, nanos) -> new TraceEvent.QueuePut(seq, nanos, task, queue.object, shown));
        outbox.ok(s, requestId, 0);
        List<Waiter> getters = waits.waitersFor(queue);
        if (!getters.isEmpty()) {
            Waiter w = getters.get(0);
            waits.remove(w);
            recorder.record(w.task,
                    (task, seq, nanos) -> new TraceEvent.QueueGet(seq, nanos, task, queue.object, shown));
            outbox.okWithData(w.session, w.requestId, data);
        } else {
            queue.items.add(new QueueCell.Item(data, shown));
        }
    }

    void queueGet(Session s, long requestId, TaskKey who, QueueCell queue, long timeoutMillis) {
        QueueCell.Item item = queue.items.poll();
        if (item != null) {
            recorder.record(who, (task, seq, nanos) -> new TraceEvent.QueueGet(seq, nanos, task, queue.object,
                    item.shown()));
            outbox.okWithData(s, requestId, item.data());
        } else if (timeoutMillis == 0) {
            outbox.timeout(s, requestId);
        } else {
            waits.park(new Waiter(Waiter.Kind.QUEUE_GET, s, requestId, who, queue), timeoutMillis);
        }
    }

    /** Forgets the last program's objects: the next one numbers its own from 1. */
    void clear() {
        sems.clear();
        values.clear();
        queues.clear();
        madeOfKind.clear();
        nextId = 1;
    }

    /** Answers how many permits the semaphore has free, or how many items the queue holds. */
    void count(Session s, long requestId, OperationTarget counted) {
        outbox.ok(s, requestId, counted instanceof SemCore sem ? sem.value() : ((QueueCell) counted).items.size());
    }
}
