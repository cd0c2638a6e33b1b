package io.github.mpgrade.multiprocessing.coordinator;

/**
 * One entry of a program's event log: a record per kind, each with the facts of its kind and no
 * others. Entries are numbered in the one order the coordinator saw them, which is causal: a line
 * printed before a release comes before the grant that the release enables, because both travel on
 * the printing process's one connection, in program order.
 *
 * <p>Every entry has its position {@link #seq()} (from 0), the time {@link #nanos()} since the
 * coordinator started, and the {@link #task()} that did it ({@code threadId} -1 for an event of a
 * process as a whole, or of the coordinator's own verdicts).
 */
public sealed interface TraceEvent {
    long seq();

    long nanos();

    Task task();

    /**
     * This entry as every run of the same schedule logs it: without times, pids, thread ids or
     * the text of a verdict's report, so two runs of one schedule have equal signatures.
     */
    String signature();

    private static String who(Task task) {
        return task.processName() + "/" + task.threadName();
    }

    /** A process got its work (its {@code run()} or {@code main}); {@link #task()} is who started it. */
    record ProcessStart(long seq, long nanos, Task task, String process, long pid) implements TraceEvent {
        @Override
        public String signature() {
            return "start " + who(task) + " " + process;
        }
    }

    /** A process ended, with Python's exit code: negative when a signal killed it. */
    record ProcessExit(long seq, long nanos, Task task, String process, int exitCode) implements TraceEvent {
        @Override
        public String signature() {
            return "exit " + process + " " + exitCode;
        }
    }

    /** A join returned because the process had ended. */
    record Join(long seq, long nanos, Task task, String process, int exitCode) implements TraceEvent {
        @Override
        public String signature() {
            return "join " + who(task) + " " + process + " " + exitCode;
        }
    }

    /**
     * A synchronization object was made.
     *
     * @param permits a semaphore's (or lock's) permits at the start; 0 for values and queues
     * @param site    where in the program it was made, or null
     */
    record Create(long seq, long nanos, Task task, SyncObject object, int permits, String site)
            implements TraceEvent {
        @Override
        public String signature() {
            return "create " + who(task) + " " + object + " " + permits + " " + site;
        }
    }

    /** A task asked for a permit of a lock or semaphore. */
    record AcquireRequest(long seq, long nanos, Task task, SyncObject object, Patience patience)
            implements TraceEvent {
        @Override
        public String signature() {
            return "acquire? " + who(task) + " " + object + " " + patience;
        }
    }

    record AcquireGrant(long seq, long nanos, Task task, SyncObject object) implements TraceEvent {
        @Override
        public String signature() {
            return "acquired " + who(task) + " " + object;
        }
    }

    /** A try-acquire found the object taken, or a timed acquire ran out. */
    record AcquireTimeout(long seq, long nanos, Task task, SyncObject object) implements TraceEvent {
        @Override
        public String signature() {
            return "timeout " + who(task) + " " + object;
        }
    }

    record Release(long seq, long nanos, Task task, SyncObject object) implements TraceEvent {
        @Override
        public String signature() {
            return "release " + who(task) + " " + object;
        }
    }

    /** @param shown the value as the process showed it (by content, never by identity) */
    record ValueGet(long seq, long nanos, Task task, SyncObject object, String shown) implements TraceEvent {
        @Override
        public String signature() {
            return "get " + who(task) + " " + object + " " + shown;
        }
    }

    /** @param shown the value as the process showed it (by content, never by identity) */
    record ValueSet(long seq, long nanos, Task task, SyncObject object, String shown) implements TraceEvent {
        @Override
        public String signature() {
            return "set " + who(task) + " " + object + " " + shown;
        }
    }

    /** @param shown the item as the process showed it */
    record QueuePut(long seq, long nanos, Task task, SyncObject object, String shown) implements TraceEvent {
        @Override
        public String signature() {
            return "put " + who(task) + " " + object + " " + shown;
        }
    }

    /** @param shown the item as the process that put it showed it */
    record QueueGet(long seq, long nanos, Task task, SyncObject object, String shown) implements TraceEvent {
        @Override
        public String signature() {
            return "take " + who(task) + " " + object + " " + shown;
        }
    }

    /**
     * A line the task printed on standard output.
     *
     * @param site where in the program's own code, as {@code Class.method(File.java:12)}; null when
     *             the line did not come through {@code System.out} of a known thread
     */
    record Output(long seq, long nanos, Task task, String line, String site) implements TraceEvent {
        @Override
        public String signature() {
            return "out " + who(task) + " " + line;
        }
    }

    /** A line the task printed on standard error, or the coordinator's note about its output. */
    record ErrorOutput(long seq, long nanos, Task task, String line) implements TraceEvent {
        @Override
        public String signature() {
            return "err " + who(task) + " " + line;
        }
    }

    /**
     * A thread ended with an exception it did not catch. Its process may still exit with 0 (Java's
     * rule for threads), so this is how a check sees it.
     *
     * @param exception the exception as its stack trace begins: {@code java.lang.IllegalStateException: why}
     * @param site      the line of the program's code it was thrown from, or null
     */
    record UncaughtException(long seq, long nanos, Task task, String exception, String site) implements TraceEvent {
        @Override
        public String signature() {
            return "uncaught " + who(task) + " " + exception + " at " + site;
        }
    }

    /** Every live task was blocked for good: the run's verdict. */
    record Deadlock(long seq, long nanos, Task task, String report) implements TraceEvent {
        @Override
        public String signature() {
            return "deadlock";
        }
    }

    /** In a controlled run, a task ran outside the library past the bound: the run's verdict. */
    record Hang(long seq, long nanos, Task task, String report) implements TraceEvent {
        @Override
        public String signature() {
            return "hang";
        }
    }

    /** A process broke the wire protocol and was disconnected. */
    record ProtocolViolation(long seq, long nanos, Task task, String how) implements TraceEvent {
        @Override
        public String signature() {
            return "violation " + who(task) + " " + how;
        }
    }

    /**
     * In a controlled run, the tasks kept taking steps for the bound without progress: the run's
     * verdict.
     */
    record Livelock(long seq, long nanos, Task task, String report) implements TraceEvent {
        @Override
        public String signature() {
            return "livelock";
        }
    }

    /** With the agent: the task started the thread {@code thread} of its process. */
    record ThreadStart(long seq, long nanos, Task task, String thread) implements TraceEvent {
        @Override
        public String signature() {
            return "thread-start " + who(task) + " " + thread;
        }
    }

    /** With the agent: the task, a thread started through the agent, ended its {@code run()}. */
    record ThreadEnd(long seq, long nanos, Task task) implements TraceEvent {
        @Override
        public String signature() {
            return "thread-end " + who(task);
        }
    }

    /** With the agent: a {@code Thread.join} of {@code thread} returned because it had ended. */
    record ThreadJoin(long seq, long nanos, Task task, String thread) implements TraceEvent {
        @Override
        public String signature() {
            return "thread-join " + who(task) + " " + thread;
        }
    }

    /**
     * With the agent: the task read or wrote a field of the program's — observed for the data-race
     * analysis, not a scheduling point. A task logs each (field, read or write) once between two of
     * its process's calls to the coordinator.
     *
     * @param field      {@code Counter.count of Counter@1}, or {@code ThreadHello.counter} for a static field
     * @param isVolatile whether the field is volatile: its write and a later read are ordered
     * @param site       the line of the program's code that accessed it, or null
     */
    record FieldAccess(long seq, long nanos, Task task, String field, boolean write, boolean isVolatile, String site)
            implements TraceEvent {
        @Override
        public String signature() {
            return (write ? "write " : "read ") + who(task) + " " + field;
        }
    }
}
