package io.github.mpgrade.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Pins a running process, all its threads, to one CPU with Linux's {@code taskset}: the
 * benchmark's way to run two processes on different CPUs. Nothing here is for the runtime: the
 * runtime pins nothing.
 */
final class CpuPinning {
    private static final String TASKSET = "/usr/bin/taskset";

    private CpuPinning() {
    }

    /** Whether processes can be pinned here: Linux's taskset, and two CPUs at least. */
    static boolean available() {
        return new File(TASKSET).canExecute() && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** Pins every thread of process {@code pid} to CPU {@code cpu}; a thread it starts later inherits that. */
    static void pin(long pid, int cpu) {
        try {
            java.lang.Process taskset = new ProcessBuilder(TASKSET, "-a", "-p", "-c", Integer.toString(cpu),
                    Long.toString(pid)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (taskset.waitFor() != 0) {
                throw new IllegalStateException("taskset could not pin process " + pid + " to CPU " + cpu);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pinning process " + pid, e);
        }
    }
}
