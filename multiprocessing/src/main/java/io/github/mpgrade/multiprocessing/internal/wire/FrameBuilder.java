package io.github.mpgrade.multiprocessing.internal.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds one outgoing frame; {@link #build()} gives a buffer ready to write, length prefix included. */
public final class FrameBuilder {
    private byte[] bytes = new byte[64];
    private int size = 4; // room for the length prefix

    public FrameBuilder(Op op) {
        putByte(op.code);
    }

    public FrameBuilder putByte(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    public FrameBuilder putBoolean(boolean b) {
        return putByte((byte) (b ? 1 : 0));
    }

    public FrameBuilder putInt(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (v >>> shift);
        }
        return this;
    }

    public FrameBuilder putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (v >>> shift);
        }
        return this;
    }

    public FrameBuilder putBytes(byte[] data) {
        if (data == null) {
            return putInt(-1);
        }
        putInt(data.length);
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
        return this;
    }

    public FrameBuilder putString(String s) {
        return putBytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    public ByteBuffer build() {
        int length = size - 4;
        if (length > Frame.MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("a message of " + length + " bytes is larger than the "
                    + (Frame.MAX_FRAME_BYTES >> 20) + " MiB the coordinator accepts");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, size);
        buffer.putInt(0, length);
        return buffer;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
