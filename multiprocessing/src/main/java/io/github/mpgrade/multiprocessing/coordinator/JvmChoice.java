package io.github.mpgrade.multiprocessing.coordinator;

/** Which child JVMs the processes of a program may run in. */
public enum JvmChoice {
    /**
     * Any JVM of the pool that has run no process of this program, reused ones first: their
     * code is warm, and a reused JVM sets back what a process could see of the one before.
     */
    POOLED,
    /**
     * Only JVMs that have never run a process: whatever an earlier program left in a reused JVM,
     * these processes find a JVM as a student's own {@code java} gives them. Slower, a JVM launched
     * for each process the pool has no fresh JVM for.
     */
    FRESH
}
