package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed-length array shared by processes, like Python's {@code multiprocessing.Array}. Each
 * {@link #get}, {@link #set} and {@link #toList} is atomic on its own; {@code a[i] += 1} is not,
 * so hold {@link #getLock()} around it. Built from a {@link Value} per element, all guarded by
 * the array's one lock, as CPython's synchronized array guards every access with its lock.
 */
public final class Array<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Python's typecodes as Java types, each with its zero. */
    private static final Map<Class<?>, Object> ZEROS = Map.ofEntries(
            Map.entry(Boolean.class, false), Map.entry(boolean.class, false),
            Map.entry(Byte.class, (byte) 0), Map.entry(byte.class, (byte) 0),
            Map.entry(Short.class, (short) 0), Map.entry(short.class, (short) 0),
            Map.entry(Character.class, '\0'), Map.entry(char.class, '\0'),
            Map.entry(Integer.class, 0), Map.entry(int.class, 0),
            Map.entry(Long.class, 0L), Map.entry(long.class, 0L),
            Map.entry(Float.class, 0.0f), Map.entry(float.class, 0.0f),
            Map.entry(Double.class, 0.0), Map.entry(double.class, 0.0));

    private final RLock lock = new RLock();
    private final List<Value<T>> cells;

    /** An array of {@code initial.size()} elements, copied from the list in order (Python's {@code Array(typecode, sequence)}). */
    public Array(List<? extends T> initial) {
        Objects.requireNonNull(initial, "initial");
        for (int i = 0; i < initial.size(); i++) {
            Objects.requireNonNull(initial.get(i), "element " + i + " is null; an Array holds no nulls");
            Payloads.toBytes(initial.get(i), "element " + i + " of the array"); // all checked before any is shared
        }
        List<Value<T>> made = new ArrayList<>(initial.size());
        for (T element : initial) {
            made.add(new Value<>(element, lock));
        }
        this.cells = made;
    }

    /**
     * {@code size} elements, each the zero of {@code elementType}: a primitive type or its wrapper
     * (Python's {@code Array(typecode, size)}; {@code int.class} and {@code Integer.class} alike).
     */
    @SuppressWarnings("unchecked")
    public Array(Class<T> elementType, int size) {
        this(zeros((T) zeroOf(elementType), size));
    }

    private static Object zeroOf(Class<?> elementType) {
        Object zero = ZEROS.get(Objects.requireNonNull(elementType, "elementType"));
        if (zero == null) {
            throw new IllegalArgumentException("an Array(type, size) holds a primitive type or its wrapper"
                    + " (int.class, Integer.class, double.class, ...), not " + elementType.getName()
                    + "; for other elements pass a list: new Array<>(List.of(...))");
        }
        return zero;
    }

    private static <T> List<T> zeros(T zero, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("an Array's size must be >= 0, not " + size);
        }
        return Collections.nCopies(size, zero);
    }

    /** The length, which never changes. */
    public int size() {
        return cells.size();
    }

    /** The element at {@code index} now (no negative indexing). */
    public T get(int index) {
        Value<T> cell = cell(index);
        try (SemLock.Hold held = lock.hold()) {
            return cell.get();
        }
    }

    /** Replaces the element at {@code index}. */
    public void set(int index, T value) {
        Value<T> cell = cell(index);
        Objects.requireNonNull(value, "an Array holds no nulls");
        try (SemLock.Hold held = lock.hold()) {
            cell.set(value);
        }
    }

    /** An unmodifiable snapshot of all elements, taken atomically (Python's {@code arr[:]}). */
    public List<T> toList() {
        List<T> snapshot = new ArrayList<>(cells.size());
        try (SemLock.Hold held = lock.hold()) {
            for (Value<T> cell : cells) {
                snapshot.add(cell.get());
            }
        }
        return Collections.unmodifiableList(snapshot);
    }

    /** The lock for read-modify-write sequences, such as {@code a.set(i, a.get(i) + 1)}. */
    public RLock getLock() {
        return lock;
    }

    private Value<T> cell(int index) {
        if (index < 0 || index >= cells.size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the Array of size " + cells.size()
                    + " (indexes run from 0 to " + (cells.size() - 1) + ")");
        }
        return cells.get(index);
    }

    @Override
    public String toString() {
        return "<Array size=" + cells.size() + ">";
    }
}
