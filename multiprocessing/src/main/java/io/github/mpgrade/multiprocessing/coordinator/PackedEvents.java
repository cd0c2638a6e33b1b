package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path's events of a log, packed into arrays of longs instead of an object each, and
 * made into {@link TraceEvent}s only when the log is read. A busy free run logs millions of them
 * (five per increment of a Value under its lock): as objects that live as long as the log, each
 * cost the coordinator's garbage collector more than logging it did, and the pauses stalled every
 * process whose event ring waited to be drained. Packed, an event is three longs.
 *
 * <p>Slots are the log's positions: the log keeps its other events itself and asks here for the
 * slots it gave to packed ones. Guarded by the log's lock.
 */
final class PackedEvents {
    /** The events the fast path logs, each with the {@link TraceEvent} it becomes. */
    enum Kind {
        ACQUIRE_REQUEST(TraceEvent.AcquireRequest.class),
        ACQUIRE_GRANT(TraceEvent.AcquireGrant.class),
        ACQUIRE_TIMEOUT(TraceEvent.AcquireTimeout.class),
        RELEASE(TraceEvent.Release.class),
        VALUE_GET(TraceEvent.ValueGet.class),
        VALUE_SET(TraceEvent.ValueSet.class);

        private static final Kind[] ALL = values();
        final Class<? extends TraceEvent> type;

        Kind(Class<? extends TraceEvent> type) {
            this.type = type;
        }
    }

    private static final int LONGS_PER_EVENT = 3;
    private static final int CHUNK_SHIFT = 14;
    private static final int EVENTS_PER_CHUNK = 1 << CHUNK_SHIFT;
    private static final int MAX_TASKS = 1 << 20;

    /** Per slot: the nanos; the kind, content, task and object; the argument. Null where no slot is packed. */
    private final List<long[]> chunks = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    /** By value: a task's Task is a new one once its thread is named. */
    private final Map<Task, Integer> taskNumbers = new HashMap<>();
    private Task lastTask;
    private int lastTaskNumber;
    private final List<SyncObject> objects = new ArrayList<>();
    private final Map<SyncObject, Integer> objectNumbers = new IdentityHashMap<>();

    /**
     * Packs an event into {@code slot}.
     *
     * @param content  a Value's event: its content; else null
     * @param argument an acquire request: its patience in the wire's milliseconds; a Value's event:
     *                 the content's bits; else 0
     */
    void put(int slot, long nanos, Kind kind, Task task, SyncObject object, CellContent content, long argument) {
        int chunk = slot >>> CHUNK_SHIFT;
        while (chunks.size() <= chunk) {
            chunks.add(null);
        }
        long[] longs = chunks.get(chunk);
        if (longs == null) {
            longs = new long[EVENTS_PER_CHUNK * LONGS_PER_EVENT];
            chunks.set(chunk, longs);
        }
        int at = (slot & (EVENTS_PER_CHUNK - 1)) * LONGS_PER_EVENT;
        longs[at] = nanos;
        longs[at + 1] = (long) kind.ordinal() << 60 | (long) (content == null ? 0 : content.ordinal() + 1) << 52
                | (long) number(task) << 32 | number(object);
        longs[at + 2] = argument;
    }

    /** The event packed into {@code slot}, whose place in the log is {@code seq}. */
    TraceEvent event(int slot, long seq) {
        long[] longs = chunks.get(slot >>> CHUNK_SHIFT);
        int at = (slot & (EVENTS_PER_CHUNK - 1)) * LONGS_PER_EVENT;
        long nanos = longs[at];
        long packed = longs[at + 1];
        long argument = longs[at + 2];
        Task task = tasks.get((int) (packed >>> 32) & (MAX_TASKS - 1));
        SyncObject object = objects.get((int) packed);
        return switch (Kind.ALL[(int) (packed >>> 60)]) {
            case ACQUIRE_REQUEST -> new TraceEvent.AcquireRequest(seq, nanos, task, object,
                    Patience.ofWireMillis(argument));
            case ACQUIRE_GRANT -> new TraceEvent.AcquireGrant(seq, nanos, task, object);
            case ACQUIRE_TIMEOUT -> new TraceEvent.AcquireTimeout(seq, nanos, task, object);
            case RELEASE -> new TraceEvent.Release(seq, nanos, task, object);
            case VALUE_GET -> new TraceEvent.ValueGet(seq, nanos, task, object, content(packed).show(argument));
            case VALUE_SET -> new TraceEvent.ValueSet(seq, nanos, task, object, content(packed).show(argument));
        };
    }

    /** Whether an event of this type may be packed here: a reader of other types skips packed slots. */
    static boolean mayHold(Class<? extends TraceEvent> type) {
        for (Kind kind : Kind.ALL) {
            if (type.isAssignableFrom(kind.type)) {
                return true;
            }
        }
        return false;
    }

    private static CellContent content(long packed) {
        return CellContent.ofCode((int) (packed >>> 52 & 0xff) - 1);
    }

    private int number(Task task) {
        if (task == lastTask) {
            return lastTaskNumber;
        }
        Integer known = taskNumbers.get(task);
        if (known != null) {
            lastTask = task;
            lastTaskNumber = known;
            return known;
        }
        if (tasks.size() == MAX_TASKS) {
            throw new IllegalStateException("more than " + MAX_TASKS + " tasks in one log");
        }
        tasks.add(task);
        taskNumbers.put(task, tasks.size() - 1);
        return tasks.size() - 1;
    }

    private int number(SyncObject object) {
        Integer known = objectNumbers.get(object);
        if (known != null) {
            return known;
        }
        objects.add(object);
        objectNumbers.put(object, objects.size() - 1);
        return objects.size() - 1;
    }
}
