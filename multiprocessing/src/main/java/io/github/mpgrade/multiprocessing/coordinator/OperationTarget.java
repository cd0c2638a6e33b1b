package io.github.mpgrade.multiprocessing.coordinator;

/**
 * What an operation acts on or waits for: a lock or semaphore, a queue, a value, or a process.
 * Its name is what schedulers, deadlock reports and the event log call it.
 */
sealed interface OperationTarget permits SemCore, QueueCell, ValueCell, ProcessRecord, ThreadRecord {
    /** {@code Lock-2}, {@code Queue-1}, {@code Value-1}, {@code Process-3}. */
    String name();
}
