package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.SemLock;
import io.github.mpgrade.multiprocessing.internal.client.Callers;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;

/**
 * The monitor of each object the program synchronizes on, made at its first use. Its name says
 * what the object is, so a message can tell a {@code synchronized} fork from the fork's Lock:
 * {@code synchronized (Lock-3)} for a lock of the runtime, {@code synchronized (Fork@1)} for the
 * first {@code Fork} the program synchronized on — numbered in the order of first use, which a
 * schedule fixes, never by identity hash.
 */
final class Monitors {
    /** A monitor is made by the first thread that needs it; one that comes meanwhile waits for it. */
    private static final IdentityWeakTable<CompletableFuture<Monitor>> MONITORS = new IdentityWeakTable<>();
    /** A runtime lock's number at the coordinator; the student API keeps it private. */
    private static final Field SEM_HANDLE = semHandle();

    private Monitors() {
    }

    static Monitor of(Object object) {
        CompletableFuture<Monitor> made = new CompletableFuture<>();
        CompletableFuture<Monitor> before;
        String shown = null;
        synchronized (MONITORS) {
            before = MONITORS.putIfAbsent(object, made);
            if (before == null) {
                shown = ObjectNames.of(object); // named as it is claimed: each object once, in the order of first use
            }
        }
        if (before != null) {
            return Client.get().awaitInLibrary(before);
        }
        // Made outside the table's lock: the request may wait for the scheduler's turn.
        String name = shown;
        int ofSem = object instanceof SemLock lock ? handleOf(lock) : 0;
        String site = Callers.site();
        try {
            int handle = (int) Client.get().call(Op.CREATE_MONITOR, false,
                    frame -> frame.putString(name).putInt(ofSem).putString(site)).number();
            Monitor monitor = new Monitor(new CoordinatorSemaphore(handle));
            made.complete(monitor);
            return monitor;
        } catch (RuntimeException | Error e) {
            made.completeExceptionally(e);
            throw e;
        }
    }

    /** A new process makes its own monitors. */
    static void forget() {
        synchronized (MONITORS) {
            MONITORS.clear();
        }
    }

    /** The object's monitor if it has one already (it has none if the program never synchronized on it). */
    static Monitor existing(Object object) {
        CompletableFuture<Monitor> monitor;
        synchronized (MONITORS) {
            monitor = MONITORS.get(object);
        }
        return monitor == null ? null : Client.get().awaitInLibrary(monitor);
    }

    private static int handleOf(SemLock lock) {
        try {
            return SEM_HANDLE.getInt(lock);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the runtime's own SemLock.handle cannot be read", e);
        }
    }

    private static Field semHandle() {
        try {
            Field field = SemLock.class.getDeclaredField("handle");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
