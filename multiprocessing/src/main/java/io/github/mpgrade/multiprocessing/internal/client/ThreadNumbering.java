package io.github.mpgrade.multiprocessing.internal.client;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * The JDK's count behind the default names of threads ({@code Thread-0}, {@code Thread-1}, ...).
 * It belongs to the JVM, not to a class loader, so a reused JVM sets it back after each process:
 * the next one names its threads as in a fresh JVM, and its log is the same. Read where the JDK
 * keeps it (JDK 17: {@code Thread.threadInitNumber}; later: {@code Thread.ThreadNumbering.next}),
 * with {@code java.lang} open to this JVM.
 */
final class ThreadNumbering {
    private static final List<List<String>> PLACES = List.of(
            List.of("java.lang.Thread", "threadInitNumber"),
            List.of("java.lang.Thread$ThreadNumbering", "next"));

    private final Field next;

    private ThreadNumbering(Field next) {
        this.next = next;
    }

    /** Empty where this JDK keeps the count elsewhere, or does not let this JVM reach it. */
    static Optional<ThreadNumbering> find() {
        for (List<String> place : PLACES) {
            try {
                Field field = Class.forName(place.get(0)).getDeclaredField(place.get(1));
                field.setAccessible(true);
                if (field.getType() == int.class) {
                    return Optional.of(new ThreadNumbering(field));
                }
            } catch (ReflectiveOperationException | RuntimeException notThere) {
                // try the next place
            }
        }
        return Optional.empty();
    }

    /** The number the next unnamed thread gets. */
    int next() {
        synchronized (Thread.class) { // JDK 17 counts under this lock
            try {
                return next.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Sets the count back; only while no thread of a process is being made. */
    void setNext(int number) {
        synchronized (Thread.class) {
            try {
                next.setInt(null, number);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
