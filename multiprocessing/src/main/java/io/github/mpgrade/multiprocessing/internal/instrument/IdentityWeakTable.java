package io.github.mpgrade.multiprocessing.internal.instrument;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * A map from objects, by identity, to values, that does not keep its keys alive. By identity
 * because a program's {@code equals} and {@code hashCode} are its own code: they may be wrong,
 * slow or synchronized themselves. Not thread-safe.
 */
final class IdentityWeakTable<V> {
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object mine = get();
            return other instanceof Key key && mine != null && mine == key.get();
        }
    }

    private final Map<Key, V> values = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    V get(Object key) {
        forgetCollected();
        return values.get(new Key(key, null));
    }

    /** The value of {@code key}: {@code value}, or the one it had already. */
    V putIfAbsent(Object key, V value) {
        forgetCollected();
        return values.putIfAbsent(new Key(key, collected), value);
    }

    void clear() {
        values.clear();
        forgetCollected();
    }

    private void forgetCollected() {
        for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
            values.remove(gone);
        }
    }
}
