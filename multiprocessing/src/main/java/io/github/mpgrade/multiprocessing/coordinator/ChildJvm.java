package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * A JVM the coordinator launched: waiting for its HELLO, idle in the pool, or running a process;
 * or the root JVM that hosts the coordinator itself ({@link #os} null). Guarded by the state lock.
 */
final class ChildJvm {
    private static final int TAIL_LINES = 40;

    final String token;
    /** Set once launched; null for the JVM that hosts the coordinator. */
    volatile java.lang.Process os;
    /** Completes when all the JVM wrote to its own stdout and stderr has been read. */
    volatile CompletableFuture<Void> outputRead = CompletableFuture.completedFuture(null);
    /** The process it runs or is reserved for; null while it waits in the pool. */
    ProcessRecord record;
    Session session;
    /** As the JVM said in its HELLO. */
    long pid;
    /**
     * The program ({@link ProcessTable#program()}) whose process it ran last, or -1: a reused JVM
     * runs at most one process of each program, so its processes stay separate OS processes.
     */
    int program = -1;
    /** The last lines it wrote to its own stdout/stderr, to explain a JVM that dies at start-up. */
    private final ArrayDeque<String> tail = new ArrayDeque<>();

    ChildJvm(String token, ProcessRecord record) {
        this.token = token;
        this.record = record;
    }

    void remember(String line) {
        if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
        }
        tail.add(line);
    }

    String tail() {
        return tail.stream().collect(Collectors.joining("\n"));
    }

    /** Ends the JVM and anything it started, without waiting; a JVM not launched yet is left alone. */
    void signal(Signal signal) {
        java.lang.Process process = os;
        if (process != null) {
            ProcessTree.signal(process, signal);
        }
    }
}
