package io.github.mpgrade.harness;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The coordinators a harness runs its programs under, one for each run that may go on at once,
 * each with its own sockets and pool of JVMs; a coordinator runs one program at a time, so a run
 * borrows one for as long as it lasts. They are started when first needed, and the one given
 * back last is lent first: runs made one after another all take the first, whose JVMs are warm.
 */
final class Coordinators implements AutoCloseable {
    /** Starts a coordinator. */
    interface Starter {
        Coordinator start() throws IOException;
    }

    private final Starter starter;
    private final int most;
    private final BlockingDeque<Coordinator> idle = new LinkedBlockingDeque<>();
    /** Every coordinator started. Guarded by this. */
    private final List<Coordinator> started = new ArrayList<>();
    /** Guarded by this. */
    private boolean closed;

    /** @param most how many runs may go on at once, at least 1 */
    Coordinators(Starter starter, int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a harness makes at least one run at a time, not " + most);
        }
        this.starter = starter;
        this.most = most;
    }

    /** How many runs may go on at once. */
    int most() {
        return most;
    }

    /** A coordinator that runs no program, started if none is idle and fewer than {@link #most()} are. */
    Coordinator borrow() throws InterruptedException {
        Coordinator coordinator = idle.pollFirst();
        if (coordinator != null) {
            return coordinator;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the harness is closed");
            }
            if (started.size() < most) {
                try {
                    coordinator = starter.start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start a coordinator: " + e.getMessage(), e);
                }
                started.add(coordinator);
                return coordinator;
            }
        }
        return idle.takeFirst();
    }

    /** Takes back a coordinator whose program has ended. */
    void giveBack(Coordinator coordinator) {
        idle.addFirst(coordinator);
    }

    /** Ends every JVM of every coordinator. */
    @Override
    public void close() {
        List<Coordinator> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(started);
        }
        all.forEach(Coordinator::close);
    }
}
