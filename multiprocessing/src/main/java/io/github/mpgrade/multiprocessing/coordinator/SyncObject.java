package io.github.mpgrade.multiprocessing.coordinator;

import java.util.Objects;

/**
 * A synchronization object of a program as the event log names it.
 *
 * @param name {@code Lock-2}, {@code Queue-1}: the kind's label and a counter per label, in the
 *             order the program made them, so the same in every run of the same schedule
 * @param kind what it is
 */
public record SyncObject(String name, ObjectKind kind) {
    public SyncObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return name;
    }
}
