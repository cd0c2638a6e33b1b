package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.ExitHooks;
import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * One end of a {@link Pipe}, like Python's {@code multiprocessing.connection.Connection}.
 * {@code send} never waits; {@code recv} waits for the next message. Give a process an end as a
 * field or a captured value: each process then holds a copy of that end until it closes it or
 * ends, and the other end reads end-of-file ({@link UncheckedIOException} caused by an
 * {@link EOFException}) once no process holds a copy open and every message was received.
 */
public final class Connection<T> implements AutoCloseable, Serializable {
    private static final long serialVersionUID = 1L;
    /** The largest message: 32 MiB and more, within a frame of the wire protocol with its fields. */
    private static final int MAX_MESSAGE_BYTES = Frame.MAX_FRAME_BYTES - Frame.MAX_STRING_BYTES - 64;

    /** What this end receives from; null on a send-only end. */
    private final PipeChannel in;
    /** What this end sends on; null on a receive-only end. */
    private final PipeChannel out;
    /** How many copies of this end processes hold open. */
    private final Semaphore copies;
    private final Semaphore peerCopies;
    private final String side;
    private transient boolean closed;
    /** A message {@code poll} took and {@code recv} has not returned yet. */
    private transient byte[] polled;
    /** Closes this copy when its process ends, unless {@code close()} did. */
    private transient Runnable closeAtExit;

    Connection(PipeChannel in, PipeChannel out, Semaphore copies, Semaphore peerCopies, String side) {
        this.in = in;
        this.out = out;
        this.copies = copies;
        this.peerCopies = peerCopies;
        this.side = side;
    }

    static Semaphore newCopies() {
        return new Semaphore(1, Integer.MAX_VALUE, ObjectKind.PIPE_COPIES);
    }

    /** Serializes {@code obj} (null is allowed) and queues it for the other end; never waits. */
    public void send(T obj) {
        checkCanSend();
        byte[] data = Payloads.toBytes(obj, "the message");
        transmit(data, Payloads.show(obj));
    }

    /** Sends the bytes, unchanged, as one message. */
    public void sendBytes(byte[] buf) {
        Objects.requireNonNull(buf, "buf");
        checkCanSend();
        transmit(buf.clone(), "<" + buf.length + " bytes>");
    }

    private void transmit(byte[] data, String shown) {
        if (data.length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("a message of " + data.length + " bytes is larger than the "
                    + (MAX_MESSAGE_BYTES >> 20) + " MiB a Pipe carries; send it in parts");
        }
        if (peerCopies.getValue() == 0) {
            throw new UncheckedIOException(new IOException("broken pipe: every copy of the other end of " + this
                    + " is closed, so nobody can receive this message"));
        }
        out.send(data, shown);
    }

    /** Waits for the next message and deserializes it. */
    public T recv() {
        byte[] message = next();
        return Payloads.fromBytes(message);
    }

    /** Waits for the next message and returns its bytes (for a {@code send(obj)}, the serialized object). */
    public byte[] recvBytes() {
        return next();
    }

    private byte[] next() {
        checkCanReceive();
        byte[] message = polled != null ? polled : in.receive(Timeouts.FOREVER);
        polled = null;
        if (message == PipeChannel.END_OF_FILE) {
            polled = message;
            throw new UncheckedIOException(new EOFException("end of file: every copy of the other end of " + this
                    + " is closed and all its messages were received"));
        }
        return message;
    }

    /** Whether {@code recv} would return at once (a message waits, or the other end is closed everywhere); never waits. */
    public boolean poll() {
        return poll(Duration.ZERO);
    }

    /** Like {@link #poll()}, waiting at most {@code timeout}; a negative timeout counts as zero. */
    public boolean poll(Duration timeout) {
        long millis = Timeouts.millis(timeout);
        checkCanReceive();
        if (polled == null) {
            polled = in.receive(millis);
        }
        return polled != null;
    }

    /** Closes this process's copy of this end; other processes' copies stay open. A second call does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        polled = null;
        if (closeAtExit != null) {
            ExitHooks.remove(closeAtExit);
        }
        copies.tryAcquire();
        if (copies.getValue() == 0 && out != null) {
            out.sendEnd();
        }
    }

    private void checkCanSend() {
        checkOpen();
        if (out == null) {
            throw new IllegalStateException(this + " only receives: the pipe is not duplex, so send on its second()");
        }
    }

    private void checkCanReceive() {
        checkOpen();
        if (in == null) {
            throw new IllegalStateException(this + " only sends: the pipe is not duplex, so receive on its first()");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed in this process");
        }
    }

    /** A copy handed to another process counts as held from now on. */
    private void writeObject(ObjectOutputStream stream) throws IOException {
        if (closed) {
            throw new IOException(this + " is closed: a closed connection cannot be given to another process");
        }
        copies.release();
        stream.defaultWriteObject();
    }

    private void readObject(ObjectInputStream stream) throws IOException, ClassNotFoundException {
        stream.defaultReadObject();
        closeAtExit = this::close;
        ExitHooks.add(closeAtExit);
    }

    @Override
    public String toString() {
        return "<Connection " + side + " end of " + (in != null ? in : out) + ">";
    }
}
