package io.github.mpgrade.multiprocessing.coordinator;

/**
 * One entry of a program's event log. Entries are numbered in the one order the coordinator saw
 * them, which is causal: a line printed before a release comes before the grant that the release
 * enables, because both travel on the printing process's one connection, in program order.
 *
 * @param seq    position in the log, from 0
 * @param nanos  nanoseconds since the coordinator started
 * @param kind   what happened
 * @param task   who did it ({@code threadId} -1 for events of a process as a whole)
 * @param object the object concerned: {@code Lock-2}, {@code Queue-1}, {@code Process-3}; or null
 * @param text   the printed line, the value as the process showed it, a report; or null
 * @param number the acquire's timeout in ms (-1 blocking, 0 try), an exit code, a pid; else 0
 * @param site   where in the program's own code it happened, as {@code Class.method(File.java:12)}, for
 *               the events that carry it (a line printed on standard output); else null
 */
public record TraceEvent(long seq, long nanos, Kind kind, Task task, String object, String text, long number,
                         String site) {

    public enum Kind {
        /**
         * A process got its work (its {@code run()} or {@code main}); task = who started it (the
         * process itself for the program's root), object = the new process, number = its pid.
         */
        PROCESS_START,
        /** A process ended; number = its exit code (negative: killed by that signal). */
        PROCESS_EXIT,
        /** A join returned because the process had ended; object = that process, number = its exit code. */
        JOIN,
        /** A synchronization object was made; text = where in the program; number = a semaphore's permits. */
        CREATE,
        ACQUIRE_REQUEST,
        ACQUIRE_GRANT,
        /** A try-acquire found the object taken, or a timed acquire ran out. */
        ACQUIRE_TIMEOUT,
        RELEASE,
        VALUE_GET,
        VALUE_SET,
        QUEUE_PUT,
        QUEUE_GET,
        /** A line the task printed on standard output. */
        OUTPUT,
        /** A line the task printed on standard error. */
        ERROR_OUTPUT,
        /** Every live task was blocked; text = the report. */
        DEADLOCK,
        /** In a controlled run, a task ran outside the library past the bound; text = the report. */
        HANG,
        /** A process broke the wire protocol and was disconnected; text = how. */
        PROTOCOL_VIOLATION
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(seq).append(' ').append(kind).append(' ').append(task);
        if (object != null) {
            s.append(' ').append(object);
        }
        if (text != null) {
            s.append(" \"").append(text).append('"');
        }
        if (number != 0) {
            s.append(" #").append(number);
        }
        if (site != null) {
            s.append(" at ").append(site);
        }
        return s.toString();
    }
}
