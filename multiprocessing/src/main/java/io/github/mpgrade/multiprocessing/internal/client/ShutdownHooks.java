package io.github.mpgrade.multiprocessing.internal.client;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many shutdown hooks the program and the JVM's agents have added ({@code Runtime.addShutdownHook}).
 * A process that adds one expects it to run when its JVM exits, so its JVM must not outlive it
 * for another process, and a join must wait for its JVM's exit. The JDK keeps the hooks to itself:
 * a child JVM is launched with {@code java.lang} open to read them; where it cannot be read the
 * count is unknown.
 */
final class ShutdownHooks {
    private ShutdownHooks() {
    }

    /** The number of hooks added so far; empty when the JDK does not let this JVM read them. */
    static OptionalInt count() {
        try {
            Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
            Field table = hooks.getDeclaredField("hooks");
            table.setAccessible(true);
            synchronized (hooks) { // the JDK's methods that change the table hold this lock
                Object map = table.get(null);
                return map instanceof Map<?, ?> added ? OptionalInt.of(added.size()) : OptionalInt.empty();
            }
        } catch (ReflectiveOperationException | RuntimeException cannotRead) {
            return OptionalInt.empty();
        }
    }
}
