package io.github.mpgrade.multiprocessing.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import org.junit.jupiter.api.Test;

/** Every field of a received {@link Frame} is bounds-checked: a bad frame is a {@link ProtocolException}, never garbage. */
class FrameTest {

    private static ReadableByteChannel channelOf(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        return Channels.newChannel(new ByteArrayInputStream(all.toByteArray()));
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static Frame frameOf(FrameBuilder builder) throws IOException {
        return Frame.read(channelOf(bytesOf(builder.build())));
    }

    /** A frame of the given op with raw body bytes after the op code. */
    private static Frame rawFrame(Op op, byte[] body) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + body.length).putInt(1 + body.length).put(op.code).put(body);
        return Frame.read(channelOf(frame.array()));
    }

    @Test
    void whatTheBuilderWritesTheFrameReadsBack() throws IOException {
        Frame frame = frameOf(new FrameBuilder(Op.VALUE_SET).putByte((byte) -3).putBoolean(true).putInt(-7)
                .putLong(Long.MIN_VALUE).putBytes(new byte[] {1, 2, 3}).putBytes(null).putString("héllo")
                .putString(null).putString(""));
        assertEquals(Op.VALUE_SET, frame.op);
        assertEquals(-3, frame.getByte());
        assertTrue(frame.getBoolean());
        assertEquals(-7, frame.getInt());
        assertEquals(Long.MIN_VALUE, frame.getLong());
        assertArrayEquals(new byte[] {1, 2, 3}, frame.getBytes());
        assertNull(frame.getBytes());
        assertEquals("héllo", frame.getString());
        assertNull(frame.getString());
        assertEquals("", frame.getString());
        frame.end();
    }

    @Test
    void aCleanEndBetweenFramesIsNull_butAnEndInsideOneIsAnError() throws IOException {
        assertNull(Frame.read(channelOf()));
        assertThrows(EOFException.class, () -> Frame.read(channelOf(new byte[] {0, 0})));
        assertThrows(EOFException.class, () -> Frame.read(channelOf(new byte[] {0, 0, 0, 9, (byte) Op.PRINT.code, 1})));
    }

    @Test
    void aLengthPrefixOutOfRangeIsRefusedBeforeAnythingIsAllocated() {
        for (int length : new int[] {0, -1, Integer.MIN_VALUE, Frame.MAX_FRAME_BYTES + 1, Integer.MAX_VALUE}) {
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> Frame.read(channelOf(ByteBuffer.allocate(4).putInt(length).array())));
            assertEquals("frame length " + length + " out of range", e.getMessage());
        }
    }

    @Test
    void everyOperationCodeIsReadAsItsOperation_andEveryOtherByteIsRefused() throws IOException {
        int known = 0;
        for (int b = Byte.MIN_VALUE; b <= Byte.MAX_VALUE; b++) {
            byte code = (byte) b;
            Op op = java.util.Arrays.stream(Op.values()).filter(o -> o.code == code).findFirst().orElse(null);
            if (op != null) {
                assertEquals(op, Frame.read(channelOf(new byte[] {0, 0, 0, 1, code})).op);
                known++;
            } else {
                ProtocolException e = assertThrows(ProtocolException.class,
                        () -> Frame.read(channelOf(new byte[] {0, 0, 0, 1, code})));
                assertEquals("unknown operation code " + code, e.getMessage());
            }
        }
        assertEquals(Op.values().length, known);
    }

    @Test
    void readingPastTheEndOfTheBodyIsATruncatedFrame() throws IOException {
        Frame frame = rawFrame(Op.ACQUIRE, new byte[] {0, 0, 0, 1, 0, 0, 0});
        assertEquals(1, frame.getInt());
        ProtocolException e = assertThrows(ProtocolException.class, frame::getLong);
        assertEquals("ACQUIRE frame is truncated", e.getMessage());
        assertThrows(ProtocolException.class, frame::getInt);
        assertEquals(0, frame.getByte()); // a failed read consumes nothing
        assertEquals(0, frame.getByte());
        assertEquals(0, frame.getByte());
        assertThrows(ProtocolException.class, frame::getByte);
        assertThrows(ProtocolException.class, frame::getBoolean);
    }

    @Test
    void aByteFieldLongerThanWhatIsLeftOrWithANegativeLengthIsRefused() throws IOException {
        Frame tooLong = frameOf(new FrameBuilder(Op.QUEUE_PUT).putInt(4).putByte((byte) 1).putByte((byte) 2));
        assertEquals("byte field length 4 out of range",
                assertThrows(ProtocolException.class, tooLong::getBytes).getMessage());
        Frame negative = frameOf(new FrameBuilder(Op.QUEUE_PUT).putInt(-2).putLong(0));
        assertEquals("byte field length -2 out of range",
                assertThrows(ProtocolException.class, negative::getBytes).getMessage());
        Frame huge = frameOf(new FrameBuilder(Op.QUEUE_PUT).putInt(Integer.MAX_VALUE));
        assertThrows(ProtocolException.class, huge::getString);
        Frame lengthCut = rawFrame(Op.QUEUE_PUT, new byte[] {0, 0});
        assertThrows(ProtocolException.class, lengthCut::getBytes);
    }

    @Test
    void aStringFieldLongerThanTheStringLimitIsRefusedThoughTheFrameHoldsIt() throws IOException {
        Frame atLimit = frameOf(new FrameBuilder(Op.PRINT).putString("x".repeat(Frame.MAX_STRING_BYTES)));
        assertEquals(Frame.MAX_STRING_BYTES, atLimit.getString().length());
        Frame over = frameOf(new FrameBuilder(Op.PRINT).putString("x".repeat(Frame.MAX_STRING_BYTES + 1)));
        assertEquals("string field of " + (Frame.MAX_STRING_BYTES + 1) + " bytes is too long",
                assertThrows(ProtocolException.class, over::getString).getMessage());
        // the same bytes are fine as a byte field, which is bounded by the frame alone
        Frame asBytes = frameOf(new FrameBuilder(Op.PRINT).putString("x".repeat(Frame.MAX_STRING_BYTES + 1)));
        assertEquals(Frame.MAX_STRING_BYTES + 1, asBytes.getBytes().length);
    }

    @Test
    void aBooleanIsZeroOrOne() throws IOException {
        Frame frame = rawFrame(Op.START, new byte[] {0, 1, 2});
        assertFalse(frame.getBoolean());
        assertTrue(frame.getBoolean());
        assertEquals("boolean field holds 2", assertThrows(ProtocolException.class, frame::getBoolean).getMessage());
    }

    @Test
    void trailingBytesMeanTheSidesDisagreeOnTheLayout() throws IOException {
        Frame frame = frameOf(new FrameBuilder(Op.RELEASE).putLong(1).putLong(2).putInt(3).putByte((byte) 0));
        frame.getLong();
        frame.getLong();
        frame.getInt();
        assertEquals("RELEASE frame has 1 unexpected trailing bytes",
                assertThrows(ProtocolException.class, frame::end).getMessage());
    }

    @Test
    void framesFollowEachOtherOnOneStream() throws IOException {
        ReadableByteChannel channel = channelOf(bytesOf(new FrameBuilder(Op.THREAD).putLong(1).putString("a").build()),
                bytesOf(new FrameBuilder(Op.PRINT).putLong(1).putBoolean(false).putString("line").build()));
        Frame first = Frame.read(channel);
        Frame second = Frame.read(channel);
        assertEquals(Op.THREAD, first.op);
        assertEquals(Op.PRINT, second.op);
        assertEquals(1, second.getLong());
        assertFalse(second.getBoolean());
        assertEquals("line", second.getString());
        second.end();
        assertNull(Frame.read(channel));
    }

    @Test
    void theBuilderRefusesAFrameTheReceiverWouldRefuse() {
        FrameBuilder builder = new FrameBuilder(Op.QUEUE_PUT).putBytes(new byte[Frame.MAX_FRAME_BYTES]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("a message of " + (Frame.MAX_FRAME_BYTES + 5) + " bytes is larger than the 64 MiB the"
                + " coordinator accepts", e.getMessage());
    }

    @Test
    void aFrameOfExactlyTheLargestSizeIsAccepted() throws IOException {
        byte[] data = new byte[Frame.MAX_FRAME_BYTES - 1 - 4];
        Frame frame = frameOf(new FrameBuilder(Op.QUEUE_PUT).putBytes(data));
        assertEquals(data.length, frame.getBytes().length);
        frame.end();
    }
}
