package io.github.mpgrade.multiprocessing.internal.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * One received frame: {@code int length, byte op, fields...}. Every getter checks bounds, so a
 * truncated or oversized field raises a {@link ProtocolException} instead of garbage.
 */
public final class Frame {
    /** Largest frame either side accepts; a bigger length prefix is a protocol violation. */
    public static final int MAX_FRAME_BYTES = 64 << 20; // a Pipe message may be 32 MiB (RUNTIME-API 4.3), with room for its frame
    /** Largest string field (a printed line is cut well below this by the sender). */
    public static final int MAX_STRING_BYTES = 64 << 10;

    public final Op op;
    private final ByteBuffer body;

    private Frame(Op op, ByteBuffer body) {
        this.op = op;
        this.body = body;
    }

    /**
     * Reads the next frame from a blocking channel.
     *
     * @return the frame, or {@code null} at a clean end of stream between frames
     */
    public static Frame read(ReadableByteChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4);
        if (!fill(channel, header, true)) {
            return null;
        }
        int length = header.flip().getInt();
        if (length < 1 || length > MAX_FRAME_BYTES) {
            throw new ProtocolException("frame length " + length + " out of range");
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        fill(channel, body, false);
        body.flip();
        return new Frame(Op.of(body.get()), body);
    }

    private static boolean fill(ReadableByteChannel channel, ByteBuffer buffer, boolean endAllowed)
            throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("connection closed in the middle of a frame");
            }
        }
        return true;
    }

    public byte getByte() throws ProtocolException {
        try {
            return body.get();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    public boolean getBoolean() throws ProtocolException {
        byte b = getByte();
        if (b != 0 && b != 1) {
            throw new ProtocolException("boolean field holds " + b);
        }
        return b == 1;
    }

    public int getInt() throws ProtocolException {
        try {
            return body.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    public long getLong() throws ProtocolException {
        try {
            return body.getLong();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    /** A byte array field; length -1 stands for {@code null}. */
    public byte[] getBytes() throws ProtocolException {
        int length = getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > body.remaining()) {
            throw new ProtocolException("byte field length " + length + " out of range");
        }
        byte[] bytes = new byte[length];
        body.get(bytes);
        return bytes;
    }

    public String getString() throws ProtocolException {
        byte[] bytes = getBytes();
        if (bytes == null) {
            return null;
        }
        if (bytes.length > MAX_STRING_BYTES) {
            throw new ProtocolException("string field of " + bytes.length + " bytes is too long");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Ends parsing: trailing bytes mean the sender and receiver disagree on the layout. */
    public void end() throws ProtocolException {
        if (body.hasRemaining()) {
            throw new ProtocolException(op + " frame has " + body.remaining() + " unexpected trailing bytes");
        }
    }

    private ProtocolException truncated() {
        return new ProtocolException(op + " frame is truncated");
    }
}
