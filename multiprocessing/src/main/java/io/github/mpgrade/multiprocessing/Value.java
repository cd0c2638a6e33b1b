package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.Serializable;
import java.util.Objects;

/**
 * A value shared by processes, like Python's {@code multiprocessing.Value}. Each {@link #get()}
 * and {@link #set} is atomic on its own; a read-modify-write (such as adding one) is not, so hold
 * {@link #getLock()} around it. The value travels by serialization, so {@code T} must be
 * {@link Serializable}.
 */
public final class Value<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int handle;
    private final RLock lock;

    public Value(T initial) {
        this(initial, new RLock());
    }

    /** A value guarded by {@code lock}, which {@link #getLock()} returns (Python's {@code lock=} argument). */
    public Value(T initial, RLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock must not be null; use new Value<>(initial) for a lock of its own");
        byte[] data = Payloads.toBytes(initial, "the value");
        String shown = Payloads.show(initial);
        String site = Callers.site();
        this.handle = (int) Client.get().call(Op.CREATE_VALUE, false,
                frame -> frame.putBytes(data).putString(shown).putString(site)).number();
    }

    public T get() {
        return Payloads.fromBytes(Client.get().call(Op.VALUE_GET, false, frame -> frame.putInt(handle)).data());
    }

    public void set(T value) {
        byte[] data = Payloads.toBytes(value, "the value");
        String shown = Payloads.show(value);
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
