package io.github.mpgrade.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Killing a process with every process under it. Each list of processes is killed leaves first: a
 * JVM killed before its children would leave them without a parent to stop them.
 */
public final class ProcessTree {
    /** SIGKILL cannot be refused: a process still there after this is on its way out. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private ProcessTree() {
    }

    /**
     * Kills the process and every process under it, and waits until they are gone. The descendants
     * are listed before the process dies (after that they are no longer its descendants), and again
     * just before, for any it started in between.
     */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> first = root.descendants().toList();
        killLeavesFirst(first);
        List<ProcessHandle> second = root.descendants().toList();
        root.destroyForcibly();
        killLeavesFirst(second);
        List<CompletableFuture<ProcessHandle>> ends = new ArrayList<>();
        ends.add(root.onExit());
        Stream.concat(first.stream(), second.stream()).map(ProcessHandle::onExit).forEach(ends::add);
        try {
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // killed; it ends when the operating system has taken it down
        }
    }

    /** Kills every process under this one, which goes on: a JVM cleaning up before it exits. */
    public static void killDescendants(ProcessHandle root) {
        killLeavesFirst(root.descendants().toList());
    }

    /**
     * Kills these processes, the last listed first: listed as {@link ProcessHandle#descendants()}
     * lists them, or as they were seen, parents come before their children.
     */
    public static void killLeavesFirst(List<ProcessHandle> processes) {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroyForcibly();
        }
    }
}
