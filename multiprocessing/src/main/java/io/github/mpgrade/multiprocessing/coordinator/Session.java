package io.github.mpgrade.multiprocessing.coordinator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * The coordinator's end of one process's connection. Frames are queued in order while the
 * state lock is held and written after it is released, so a slow reader never stalls the
 * coordinator and the order of frames to one process is the order of the decisions.
 */
final class Session {
    final SocketChannel channel;
    /** The process this connection speaks for, once its HELLO was accepted; guarded by the state lock. */
    ProcessRecord process;
    /** The JVM behind the connection; guarded by the state lock. */
    ChildJvm jvm;
    /** Replies and RUN frames sent: each may set a parked thread running. Guarded by the state lock. */
    long wakeups;
    /** The last QUIET: all threads were parked after this many wake-ups. Guarded by the state lock. */
    long quietAfter = -1;
    /**
     * Frames of this connection carried out so far, its HELLO included: a free run's fast-path
     * record that the process wrote after sending a frame is logged only after that frame's
     * effects. Guarded by the state lock.
     */
    long framesHandled = 1;
    private final ArrayDeque<ByteBuffer> outbox = new ArrayDeque<>();
    private final Object sendLock = new Object();
    /**
     * Whether a write failed (the process closed its end, or its JVM is gone): frames are dropped
     * from then on. Guarded by the outbox.
     */
    private boolean writeFailed;

    Session(SocketChannel channel) {
        this.channel = channel;
    }

    /** In a controlled run: whether every thread of this JVM is parked since the last wake-up. */
    boolean isQuiet() {
        return quietAfter == wakeups;
    }

    void enqueue(ByteBuffer frame) {
        synchronized (outbox) {
            if (!writeFailed) {
                outbox.add(frame);
            }
        }
    }

    /**
     * Writes every queued frame. After a failed write nothing more is written, but the connection
     * stays open for its reader: a process that closed its end may have sent frames before (its
     * last lines, its exit) that are still to be read, and a close here would drop them. The
     * reader ends the connection when it reads the end.
     */
    void flush() {
        synchronized (sendLock) {
            while (true) {
                ByteBuffer frame;
                synchronized (outbox) {
                    frame = outbox.poll();
                }
                if (frame == null) {
                    return;
                }
                try {
                    while (frame.hasRemaining()) {
                        channel.write(frame);
                    }
                } catch (IOException e) {
                    synchronized (outbox) {
                        writeFailed = true;
                        outbox.clear();
                    }
                    return;
                }
            }
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort: the peer is gone either way
        }
    }
}
