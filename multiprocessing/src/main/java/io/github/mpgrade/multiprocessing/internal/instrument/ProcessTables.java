package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.internal.instrument.juc.ControlledExecutors;

/**
 * What the agent's entry points keep for the process running in this JVM: its monitors, the
 * names given to its objects, the fields it declared, the numbers of its thread pools.
 */
public final class ProcessTables {
    private ProcessTables() {
    }

    /** The process ended: the next one of a reused JVM starts with none of it, as in a fresh JVM. */
    public static void forget() {
        Monitors.forget();
        ObjectNames.forget();
        FieldWatch.forget();
        ControlledExecutors.forgetPools();
    }
}
