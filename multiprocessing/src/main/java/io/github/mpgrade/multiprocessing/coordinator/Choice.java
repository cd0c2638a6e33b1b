package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/**
 * An operation a parked task asks for, as a scheduler sees it.
 *
 * @param task      the task's stable name in this run: {@code Process-1/main}, {@code MainProcess/Thread-0}
 * @param operation what it asks for
 * @param object    the lock, queue, value or process concerned, or null
 * @param holds     the locks and semaphores the task holds now
 * @param wakeAt    for {@link Operation#SLEEP}: the virtual time (ms) at which the sleep ends; else 0
 * @param blocking  whether the operation waits for another task if it cannot go now (an acquire
 *                  of a held lock, a get from an empty queue, a join of a live process); when
 *                  enabled anyway it is a timed wait the scheduler lets time out
 */
public record Choice(String task, Operation operation, String object, List<String> holds, long wakeAt,
                     boolean blocking) {
    public Choice {
        holds = List.copyOf(holds);
    }

    /** The library calls at which a controlled run can switch tasks. */
    public enum Operation {
        /** A process's first step: it runs its {@code run()} or {@code main} from here. */
        BEGIN,
        CREATE, ACQUIRE, RELEASE, VALUE_GET, VALUE_SET, QUEUE_PUT, QUEUE_GET, START, JOIN, SIGNAL,
        /** {@code Time.sleep}: on the virtual clock. */
        SLEEP,
        /** A process's last step: it waits for its non-daemon children, then exits. */
        FINISHING,
        /**
         * A look at a semaphore's free permits or a queue's length ({@code Semaphore.getValue},
         * {@code Queue.size}, {@code Lock.isLocked}): a step, so a loop that polls one lets others run.
         */
        COUNT,
        /** With the agent: a thread is started ({@code Thread.start}). */
        THREAD_START,
        /** With the agent: a thread's {@code run()} is over. */
        THREAD_END,
        /** With the agent: {@code Thread.join}. */
        THREAD_JOIN,
        /** With the agent: a point where another task may run, changing nothing ({@code Thread.yield}, an atomic). */
        YIELD,
        /** With the agent: {@code thread.interrupt()}. */
        INTERRUPT
    }

    @Override
    public String toString() {
        return task + " " + operation + (object == null ? "" : " " + object);
    }
}
