package io.github.mpgrade.multiprocessing.coordinator;

/** A cross-process value: opaque bytes only the processes deserialize. Guarded by the state lock. */
final class ValueCell implements OperationTarget {
    final int id;
    final String name;
    final String createdAt;
    byte[] data;
    String shown;

    ValueCell(int id, String name, String createdAt, byte[] data, String shown) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.data = data;
        this.shown = shown;
    }

    @Override
    public String name() {
        return name;
    }
}
