package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayDeque;

/** A cross-process queue of opaque items. Guarded by the state lock. */
final class QueueCell implements OperationTarget {
    final int id;
    final SyncObject object;
    final String createdAt;
    final ArrayDeque<Item> items = new ArrayDeque<>();

    /** An item as its sender serialized it, and how the sender showed it (for the log only). */
    record Item(byte[] data, String shown) {
    }

    QueueCell(int id, SyncObject object, String createdAt) {
        this.id = id;
        this.object = object;
        this.createdAt = createdAt;
    }

    @Override
    public String name() {
        return object.name();
    }
}
