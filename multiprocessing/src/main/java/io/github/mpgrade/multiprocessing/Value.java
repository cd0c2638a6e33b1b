package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.FastPath;
import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.Serializable;
import java.util.Objects;

/**
 * A value shared by processes, like Python's {@code multiprocessing.Value}. Each {@link #get()}
 * and {@link #set} is atomic on its own; a read-modify-write (such as adding one) is not, so hold
 * {@link #getLock()} around it. The value travels by serialization, so {@code T} must be
 * {@link Serializable}.
 *
 * <p>In a free run a Value whose first content is a boxed primitive or null (what Python's
 * typecodes hold) lives in shared memory: its gets and sets never leave the process
 * ({@link FastPath}) until a set of another kind of value (a String into a {@code Value<Object>})
 * moves it to the coordinator for good. Every call of a controlled run goes through the coordinator.
 */
public final class Value<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int handle;
    private final RLock lock;
    /** Whether its content has a cell in shared memory (the coordinator decides, at its creation). */
    private final boolean shared;

    public Value(T initial) {
        this(initial, new RLock());
    }

    /** A value guarded by {@code lock}, which {@link #getLock()} returns (Python's {@code lock=} argument). */
    public Value(T initial, RLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock must not be null; use new Value<>(initial) for a lock of its own");
        byte[] data = Payloads.toBytes(initial, "the value");
        String shown = Payloads.show(initial);
        String site = Callers.site();
        // in a free run it may live in shared memory: the coordinator says whether it does
        CellContent content = Client.isControlled() ? null : CellContent.of(initial);
        Reply reply = content == null
                ? Client.get().call(Op.CREATE_VALUE, false, frame -> frame.putBytes(data).putString(shown).putString(site))
                : Client.get().call(Op.SHM_CREATE_VALUE, false, frame -> frame.putBytes(data).putString(shown)
                        .putString(site).putByte((byte) content.ordinal()).putLong(content.bits(initial)));
        this.handle = (int) reply.number();
        this.shared = reply.extra() == 1;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        if (shared) {
            Object content = FastPath.get().getValue(handle);
            if (content != FastPath.NOT_IN_CELL) {
                return (T) content;
            }
        }
        return Payloads.fromBytes(Client.get().call(Op.VALUE_GET, false, frame -> frame.putInt(handle)).data());
    }

    public void set(T value) {
        if (shared && FastPath.get().setValue(handle, value)) {
            return;
        }
        byte[] data = Payloads.toBytes(value, "the value");
        String shown = Payloads.show(value);
        if (shared && FastPath.get().moveValue(handle, data, shown)) {
            return;
        }
        Client.get().call(Op.VALUE_SET, false, frame -> frame.putInt(handle).putBytes(data).putString(shown));
    }

    /** The lock that guards read-modify-write sequences on this value. */
    public RLock getLock() {
        return lock;
    }

    @Override
    public String toString() {
        return "<Value#" + handle + ">";
    }
}
