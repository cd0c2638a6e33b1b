package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.SharedCell;

/**
 * A cross-process value: opaque bytes only the processes deserialize. Guarded by the state lock.
 *
 * <p>In a free run a Value whose content fits 64 bits may live in a {@link SharedCell} of shared
 * memory: the processes then get and set it there themselves (the fast path), and this object
 * holds its content only once a set that did not fit moved it here ({@link #movedHere}).
 */
final class ValueCell implements OperationTarget {
    final int id;
    final SyncObject object;
    final String createdAt;
    byte[] data;
    String shown;
    /** Whether the content has a cell in shared memory; else {@link #data} holds it. */
    private boolean hasCell;
    private boolean moved;

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

    /** The content lives in a cell of shared memory from the Value's creation on. */
    void keepInCell() {
        this.hasCell = true;
    }

    /** Whether the processes get and set the content in its cell of shared memory now, not here. */
    boolean inSharedMemory() {
        return hasCell && !moved;
    }

    /** A set that did not fit the cell: the content lives here from now on. */
    void movedHere(byte[] data, String shown) {
        this.data = data;
        this.shown = shown;
        this.moved = true;
    }

    /** Whether a set moved the content out of its cell to here. */
    boolean isMovedHere() {
        return moved;
    }
}
