package io.github.mpgrade.multiprocessing.coordinator;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What a process sends its coordinator after its HELLO, decoded from one frame and checked field
 * by field by {@link MessageDecoder}: one-way news, or a {@link Call} that one REPLY answers.
 */
sealed interface Message {
    /** A thread of the process is about to make its first call: its id and name in its JVM. */
    record ThreadNamed(long threadId, String name) implements Message {
    }

    /** A line a thread printed; {@code site} is the line of its code that printed it, or null. */
    record Printed(long threadId, boolean stderr, String line, String site) implements Message {
    }

    /**
     * A thread ended with an exception it did not catch.
     *
     * @param exception the exception as its stack trace begins: {@code java.lang.IllegalStateException: why}
     * @param site      the line of the program's code it was thrown from, or null
     */
    record Uncaught(long threadId, String exception, String site) implements Message {
    }

    /**
     * With the agent: a thread read or wrote a field of the program's.
     *
     * @param field {@code Counter.count of Counter@1}, or {@code ThreadHello.counter} for a static field
     * @param site  the line of the program's code that accessed it, or null
     */
    record FieldAccessed(long threadId, String field, boolean write, boolean isVolatile, String site)
            implements Message {
    }

    /** In a controlled run: every thread of the JVM is parked, after it received this many wake-ups. */
    record Quiet(long afterWakeups) implements Message {
    }

    /** The answer to a probe: whether every thread is blocked, and what each is doing, by thread id. */
    record ProbeAnswer(long probeId, boolean stuck, Map<Long, DeadlockWatch.ThreadInfo> threads) implements Message {
    }

    /** A process of a reusable JVM ended cleanly with this exit code; its JVM stays. Its last frame. */
    record ProcessDone(int exitCode) implements Message {
    }

    /** A free run's process ends with this exit code, and its JVM exits now. Its last frame. */
    record Exiting(int exitCode) implements Message {
    }

    /** A reusable JVM, its last process dismissed, waits for its next one in a fresh class loader. */
    record Ready() implements Message {
    }

    /** A request of one thread, numbered by its process so the REPLY can say which it answers. */
    /**
     * A request of one thread; {@code quietAfter}, when the process says it with the call: its JVM is
     * quiet once the call is sent, after that many wake-ups (the calling thread is its only one).
     */
    record Call(long requestId, long threadId, OptionalLong quietAfter, Request request) implements Message {
    }

    /** Free runs: a release added a permit to the word of a semaphore that has waiters. */
    record SharedReleased(int semId) implements Message {
    }
}
