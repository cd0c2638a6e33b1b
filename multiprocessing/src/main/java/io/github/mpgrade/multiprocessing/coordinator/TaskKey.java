package io.github.mpgrade.multiprocessing.coordinator;

/** The identity of a task inside the coordinator: process number and thread id. */
record TaskKey(int processId, long threadId) {
    /** Stands for a process as a whole (its exit, its start). */
    static TaskKey processOf(int processId) {
        return new TaskKey(processId, -1);
    }
}
