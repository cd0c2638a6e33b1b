package io.github.mpgrade.multiprocessing.internal.instrument;

import java.util.HashMap;
import java.util.Map;

/**
 * What the program's author calls an object in a report: {@code Fork@1} for the first {@code Fork}
 * a report needed a name for, {@code Fork.class} for a class. Numbered in the order of first need,
 * which a schedule fixes, never by identity hash, so a replay names every object the same way.
 */
final class ObjectNames {
    private static final IdentityWeakTable<String> NAMES = new IdentityWeakTable<>();
    private static final Map<Class<?>, Integer> NAMED_OF_CLASS = new HashMap<>();

    private ObjectNames() {
    }

    static synchronized String of(Object object) {
        if (object instanceof Class<?> c) {
            return simpleName(c) + ".class";
        }
        String name = NAMES.get(object);
        if (name == null) {
            name = simpleName(object.getClass()) + "@" + NAMED_OF_CLASS.merge(object.getClass(), 1, Integer::sum);
            NAMES.putIfAbsent(object, name);
        }
        return name;
    }

    /** A new process numbers the objects it names from 1 again. */
    static synchronized void forget() {
        NAMES.clear();
        NAMED_OF_CLASS.clear();
    }

    static String simpleName(Class<?> c) {
        String simple = c.getSimpleName();
        if (!simple.isEmpty()) {
            return simple;
        }
        String name = c.getName(); // an anonymous class: Outer$1
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
