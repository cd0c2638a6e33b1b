package io.github.mpgrade.multiprocessing;

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
 * Items travel by serialization; {@code put} never waits.
 */
public final class Queue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int handle;

    public Queue() {
        String site = Callers.site();
        this.handle = (int) Client.get().call(Op.CREATE_QUEUE, false, frame -> frame.putString(site)).number();
    }

    public void put(T item) {
        Objects.requireNonNull(item, "a Queue cannot hold null: get(Duration) returns null to say it timed out");
        byte[] data = Payloads.toBytes(item, "the queue item");
        String shown = Payloads.show(item);
        Client.get().call(Op.QUEUE_PUT, false, frame -> frame.putInt(handle).putBytes(data).putString(shown));
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
        return reply.ok() ? Payloads.fromBytes(reply.data()) : null;
    }

    @Override
    public String toString() {
        return "<Queue#" + handle + ">";
    }
}
