package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A first-in first-out queue shared by processes, like Python's {@code multiprocessing.Queue}.
 * Items travel by serialization. An unbounded queue's {@code put} never waits; a bounded one's
 * ({@code new Queue<>(maxsize)}) waits while the queue is full. As in CPython, the bound is a
 * {@link BoundedSemaphore} of {@code maxsize} free slots: a put takes a slot, a get gives it back.
 */
public sealed class Queue<T> implements Serializable permits JoinableQueue {
    private static final long serialVersionUID = 1L;

    private final int handle;
    private final int maxsize;
    /** The free slots of a bounded queue; null for an unbounded one. */
    private final Semaphore slots;

    /** An unbounded queue. */
    public Queue() {
        this(0, null, ObjectKind.QUEUE);
    }

    /** An unbounded queue that is a part of another class ({@code Pool}'s tasks or results). */
    Queue(ObjectKind kind) {
        this(0, null, kind);
    }

    /**
     * A queue that holds at most {@code maxsize} items. (Python's "maxsize &lt;= 0 means unbounded" is
     * {@code new Queue<>()} here.)
     */
    public Queue(int maxsize) {
        this(checked(maxsize), new Semaphore(maxsize, maxsize, ObjectKind.QUEUE_SLOTS), ObjectKind.QUEUE);
    }

    private Queue(int maxsize, Semaphore slots, ObjectKind kind) {
        String site = Callers.site();
        this.maxsize = maxsize;
        this.slots = slots;
        this.handle = (int) Client.get().call(Op.CREATE_QUEUE, false,
                frame -> frame.putByte((byte) kind.ordinal()).putString(site)).number();
    }

    private static int checked(int maxsize) {
        if (maxsize < 1) {
            throw new IllegalArgumentException("a bounded Queue holds at least 1 item, not " + maxsize
                    + "; for an unbounded queue use new Queue<>()");
        }
        return maxsize;
    }

    /** Adds the item; on a bounded queue, waits while the queue is full. */
    public void put(T item) {
        add(item, null, Timeouts.FOREVER);
    }

    /** Puts an item of another class's (a {@code Pool}'s), shown in the log as {@code shown}. */
    void put(T item, String shown) {
        add(item, shown, Timeouts.FOREVER);
    }

    /** Adds the item if there is room now; returns false (and adds nothing) if the queue is full. */
    public boolean tryPut(T item) {
        return add(item, null, 0);
    }

    /** Adds the item, waiting at most {@code timeout} for room; returns false if the queue stayed full. */
    public boolean put(T item, Duration timeout) {
        return add(item, null, Timeouts.millis(timeout));
    }

    private boolean add(T item, String shownAs, long millis) {
        Objects.requireNonNull(item, "a Queue cannot hold null: get(Duration) returns null to say it timed out");
        byte[] data = Payloads.toBytes(item, "the queue item"); // before a slot is taken: a failed put changes nothing
        String shown = shownAs != null ? shownAs : Payloads.show(item);
        if (slots != null && !slots.take(millis)) {
            return false;
        }
        added();
        Client.get().call(Op.QUEUE_PUT, false, frame -> frame.putInt(handle).putBytes(data).putString(shown));
        return true;
    }

    /** Called once an item will certainly be added, just before it becomes visible to getters. */
    void added() {
    }

    /** Takes the oldest item, waiting for one if the queue is empty. */
    public T get() {
        return take(Timeouts.FOREVER);
    }

    /** Takes the oldest item, waiting at most {@code timeout}; null if none came. */
    public T get(Duration timeout) {
        return take(Timeouts.millis(timeout));
    }

    private T take(long millis) {
        Reply reply = Client.get().call(Op.QUEUE_GET, millis != 0, frame -> frame.putInt(handle).putLong(millis));
        if (!reply.ok()) {
            return null;
        }
        if (slots != null) {
            slots.release();
        }
        return Payloads.fromBytes(reply.data());
    }

    /** How many items are in the queue now (exact now; it may change right after). */
    public int size() {
        return (int) Client.get().call(Op.COUNT, false, frame -> frame.putInt(handle)).number();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Whether the queue is bounded and holds {@code maxsize} items; always false for an unbounded queue. */
    public boolean isFull() {
        return maxsize > 0 && size() >= maxsize;
    }

    @Override
    public String toString() {
        return "<Queue#" + handle + (maxsize > 0 ? " maxsize=" + maxsize : "") + ">";
    }
}
