package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayDeque;

/** A cross-process queue: opaque items and the getters waiting for one. Guarded by the state lock. */
final class QueueCell {
    final int id;
    final SyncObject object;
    final String createdAt;
    final ArrayDeque<Item> items = new ArrayDeque<>();
    final ArrayDeque<Waiter> getters = new ArrayDeque<>();
    long bytes;

    /** An item as its sender serialized it, and how the sender showed it (for the log only). */
    record Item(byte[] data, String shown) {
    }

    QueueCell(int id, SyncObject object, String createdAt) {
        this.id = id;
        this.object = object;
        this.createdAt = createdAt;
    }
}
