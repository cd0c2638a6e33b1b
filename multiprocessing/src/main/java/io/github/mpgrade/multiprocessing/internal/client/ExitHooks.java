package io.github.mpgrade.multiprocessing.internal.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a started process does when its work ends, while it can still talk to the coordinator:
 * close the {@code Connection} copies it still holds, so the other end reads EOF (Python closes
 * a process's file descriptors when it exits).
 */
public final class ExitHooks {
    private static final Set<Runnable> HOOKS = new LinkedHashSet<>();

    private ExitHooks() {
    }

    public static void add(Runnable hook) {
        synchronized (HOOKS) {
            HOOKS.add(hook);
        }
    }

    public static void remove(Runnable hook) {
        synchronized (HOOKS) {
            HOOKS.remove(hook);
        }
    }

    /** Drops the hooks of a process that ended without running them. */
    static void forget() {
        synchronized (HOOKS) {
            HOOKS.clear();
        }
    }

    /** Runs every hook still registered, once, in the order they were added. */
    static void runAll() {
        List<Runnable> hooks;
        synchronized (HOOKS) {
            hooks = new ArrayList<>(HOOKS);
            HOOKS.clear();
        }
        for (Runnable hook : hooks) {
            hook.run();
        }
    }
}
