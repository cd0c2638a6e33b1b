package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.internal.client.Client;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the coordinator which fields of the program each thread reads and writes, for the
 * data-race analysis: observed, never a scheduling point. A final field cannot race and is left
 * out. A thread reports each (field, read or write) once between two calls to the coordinator:
 * a second access with no synchronization between them adds nothing to the happens-before order
 * (FastTrack's "same epoch"), so a loop over a field sends one message, not one per iteration.
 */
final class FieldWatch {
    /** How the program declares a field; {@code shown} is {@code Counter.count}. */
    private record Declared(String shown, boolean isFinal, boolean isVolatile) {
    }

    /** What a thread has reported since the JVM's last call to the coordinator. */
    private static final class Epoch {
        long callsMade = -1;
        final Set<String> reported = new HashSet<>();
    }

    private static final ConcurrentHashMap<String, Declared> DECLARED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Epoch> EPOCH = ThreadLocal.withInitial(Epoch::new);

    private FieldWatch() {
    }

    /** A new process's classes are other classes, even of the same names; the host thread starts a new epoch. */
    static void forget() {
        DECLARED.clear();
        EPOCH.remove();
    }

    /** An access to the field {@code name} of {@code target}, or of the class {@code owner} when it is null. */
    static void accessed(Object target, Class<?> owner, String name, boolean write) {
        if (!Client.isControlled()) {
            return; // only a controlled run is analysed; a free run pays nothing
        }
        Declared declared = DECLARED.computeIfAbsent(owner.getName() + "#" + name, key -> declared(owner, name));
        if (declared.isFinal()) {
            return;
        }
        String field = target == null ? declared.shown() : declared.shown() + " of " + ObjectNames.of(target);
        Client client = Client.get();
        Epoch epoch = EPOCH.get();
        long callsMade = client.callsMade();
        if (epoch.callsMade != callsMade) {
            epoch.callsMade = callsMade;
            epoch.reported.clear();
        }
        if (epoch.reported.add((write ? "w " : "r ") + field)) {
            client.fieldAccessed(field, write, declared.isVolatile());
        }
    }

    /** The field as declared in {@code owner} or the nearest class above it that declares it. */
    private static Declared declared(Class<?> owner, String name) {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    int modifiers = f.getModifiers();
                    return new Declared(ObjectNames.simpleName(c) + "." + name, Modifier.isFinal(modifiers),
                            Modifier.isVolatile(modifiers));
                }
            }
        }
        return new Declared(ObjectNames.simpleName(owner) + "." + name, false, false); // an interface's constant
    }
}
