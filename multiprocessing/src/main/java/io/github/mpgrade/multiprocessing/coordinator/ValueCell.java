package io.github.mpgrade.multiprocessing.coordinator;

/** A cross-process value: opaque bytes only the processes deserialize. Guarded by the state lock. */
final class ValueCell implements OperationTarget {
    final int id;
    final SyncObject object;
    final String createdAt;
    byte[] data;
    String shown;

    ValueCell(int id, SyncObject object, String createdAt, byte[] data, String shown) {
        this.id = id;
        this.object = object;
        this.createdAt = createdAt;
        this.data = data;
        this.shown = shown;
    }

    @Override
    public String name() {
        return object.name();
    }
}
