package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import java.nio.ByteBuffer;

/**
 * The short form of what most payloads are: null, a boxed primitive, or a String. Java
 * serialization takes 5–40 µs a round trip for an {@code Integer} (a stream, its header, the class
 * description), as much as a call through the coordinator; this takes a few bytes and no objects but
 * the array. Its first byte can never start a serialization stream ({@code 0xAC 0xED}), so a
 * payload says which form it is.
 */
final class SimplePayload {
    /** The first byte of a boxed primitive's or null's form is this plus its {@link CellContent} code. */
    private static final byte CELL = 0x10;
    /** The first byte of a String's form, its UTF-16 units follow: every String comes back as it was, lone surrogates too. */
    private static final byte STRING = 0x20;
    private static final int CELL_BYTES = 1 + Long.BYTES;

    private SimplePayload() {
    }

    /** The short form of {@code value}, or null if it has none (any other class: it is serialized). */
    static byte[] of(Object value) {
        CellContent content = CellContent.of(value);
        if (content != null) {
            return ByteBuffer.allocate(CELL_BYTES).put((byte) (CELL + content.ordinal())).putLong(content.bits(value))
                    .array();
        }
        if (value instanceof String text) {
            ByteBuffer bytes = ByteBuffer.allocate(1 + Character.BYTES * text.length()).put(STRING);
            for (int i = 0; i < text.length(); i++) {
                bytes.putChar(text.charAt(i));
            }
            return bytes.array();
        }
        return null;
    }

    /** Whether the payload is in the short form (else it is a serialization stream). */
    static boolean isSimple(byte[] payload) {
        return payload.length > 0 && (payload[0] == STRING || payload[0] >= CELL && payload[0] < STRING);
    }

    /** The value of a payload in the short form. */
    static Object value(byte[] payload) {
        ByteBuffer bytes = ByteBuffer.wrap(payload, 1, payload.length - 1);
        if (payload[0] == STRING) {
            if (bytes.remaining() % Character.BYTES != 0) {
                throw new IllegalStateException("cannot read a String sent by another process: "
                        + bytes.remaining() + " bytes are not whole UTF-16 units");
            }
            char[] text = new char[bytes.remaining() / Character.BYTES];
            bytes.asCharBuffer().get(text);
            return new String(text);
        }
        CellContent content = CellContent.ofCode(payload[0] - CELL);
        if (content == null || bytes.remaining() != Long.BYTES) {
            throw new IllegalStateException("cannot read a value sent by another process: " + payload.length
                    + " bytes of a kind (" + payload[0] + ") no runtime writes");
        }
        return content.value(bytes.getLong());
    }
}
