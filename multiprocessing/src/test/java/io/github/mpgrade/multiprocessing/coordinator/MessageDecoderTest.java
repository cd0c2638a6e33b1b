package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Frames become typed messages, and a frame with a field out of bounds is rejected, saying which field. */
class MessageDecoderTest {
    private static final long REQUEST = 7;
    private static final long THREAD = 42;

    private static Frame frameOf(FrameBuilder builder) throws IOException {
        ByteBuffer buffer = builder.build();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return Frame.read(Channels.newChannel(new ByteArrayInputStream(bytes)));
    }

    /** A call of the given op from thread {@value #THREAD}, as request {@value #REQUEST}, that says nothing of quiet. */
    private static FrameBuilder call(Op op) {
        return new FrameBuilder(op).putLong(REQUEST).putLong(THREAD).putLong(Op.NOT_QUIET);
    }

    private static Request request(FrameBuilder builder) throws IOException {
        Message.Call call = (Message.Call) MessageDecoder.decode(frameOf(builder));
        assertEquals(REQUEST, call.requestId());
        assertEquals(THREAD, call.threadId());
        return call.request();
    }

    /** An object kind as the wire sends it. */
    private static byte kind(ObjectKind kind) {
        return (byte) kind.ordinal();
    }

    private static String rejection(FrameBuilder builder) {
        return assertThrows(ProtocolException.class, () -> MessageDecoder.decode(frameOf(builder))).getMessage();
    }

    @Nested
    class WellFormedFrames {
        @Test
        void aHelloCarriesTheTokenAndThePid() throws IOException {
            assertEquals(new MessageDecoder.Hello("secret", 1234),
                    MessageDecoder.hello(frameOf(new FrameBuilder(Op.HELLO).putString("secret").putLong(1234))));
        }

        @Test
        void aCallCarriesItsRequestIdItsThreadAndWhatItAsks() throws IOException {
            assertEquals(new Request.CreateSem(ObjectKind.RLOCK, 1, 1, "Main.main(Main.java:3)"),
                    request(call(Op.CREATE_SEM).putByte(kind(ObjectKind.RLOCK)).putInt(1).putInt(1)
                            .putString("Main.main(Main.java:3)")));
            assertEquals(new Request.Acquire(3, -1), request(call(Op.ACQUIRE).putInt(3).putLong(-1)));
            assertEquals(new Request.Release(3), request(call(Op.RELEASE).putInt(3)));
            assertEquals(new Request.QueueGet(5, 0), request(call(Op.QUEUE_GET).putInt(5).putLong(0)));
            assertEquals(new Request.Join(2, 250), request(call(Op.JOIN).putInt(2).putLong(250)));
            assertEquals(new Request.SignalChild(2, Signal.KILL), request(call(Op.SIGNAL).putInt(2).putBoolean(true)));
            assertEquals(new Request.SignalChild(2, Signal.TERMINATE),
                    request(call(Op.SIGNAL).putInt(2).putBoolean(false)));
            assertEquals(new Request.Sleep(0), request(call(Op.SLEEP).putLong(0)));
            assertEquals(new Request.Finishing(), request(call(Op.FINISHING)));
            assertEquals(new Request.Begin(), request(call(Op.BEGIN)));
        }

        @Test
        void aCallFromTheOnlyThreadOfItsJvm_saysAfterHowManyWakeUpsTheJvmIsQuiet() throws IOException {
            FrameBuilder saysQuiet = new FrameBuilder(Op.RELEASE).putLong(REQUEST).putLong(THREAD).putLong(7).putInt(3);
            assertEquals(new Message.Call(REQUEST, THREAD, OptionalLong.of(7), new Request.Release(3)),
                    MessageDecoder.decode(frameOf(saysQuiet)));
            assertEquals(OptionalLong.empty(),
                    ((Message.Call) MessageDecoder.decode(frameOf(call(Op.RELEASE).putInt(3)))).quietAfter());
        }

        @Test
        void valuesAndItemsStayOpaqueBytes() throws IOException {
            Request.QueuePut put = (Request.QueuePut) request(call(Op.QUEUE_PUT).putInt(4)
                    .putBytes(new byte[] {1, 2, 3}).putString("[1, 2]"));
            assertEquals(4, put.queueId());
            assertArrayEquals(new byte[] {1, 2, 3}, put.data());
            assertEquals("[1, 2]", put.shown());
        }

        @Test
        void oneWayNewsIsNotACall() throws IOException {
            assertEquals(new Message.ThreadNamed(THREAD, "worker"),
                    MessageDecoder.decode(frameOf(new FrameBuilder(Op.THREAD).putLong(THREAD).putString("worker"))));
            assertEquals(new Message.Printed(THREAD, false, "", null),
                    MessageDecoder.decode(frameOf(new FrameBuilder(Op.PRINT).putLong(THREAD).putBoolean(false)
                            .putString(null).putString(null))));
            assertEquals(new Message.Quiet(9), MessageDecoder.decode(frameOf(new FrameBuilder(Op.QUIET).putLong(9))));
            assertEquals(new Message.ProbeAnswer(3, true, Map.of(THREAD,
                            new DeadlockWatch.ThreadInfo("main", true, "WAITING", "Main.main(Main.java:9)"))),
                    MessageDecoder.decode(frameOf(new FrameBuilder(Op.PROBE_REPLY).putLong(3).putBoolean(true).putInt(1)
                            .putLong(THREAD).putString("main").putBoolean(true).putString("WAITING")
                            .putString("Main.main(Main.java:9)"))));
        }
    }

    @Nested
    class MalformedFrames {
        @Test
        void aConnectionThatDoesNotBeginWithHelloIsRejected() {
            assertEquals("a connection must begin with a valid HELLO", assertThrows(ProtocolException.class,
                    () -> MessageDecoder.hello(frameOf(call(Op.RELEASE).putInt(1)))).getMessage());
        }

        @Test
        void aCallIsQuietAfterNoNegativeNumberOfWakeUps() {
            assertEquals("a call quiet after -2 wake-ups",
                    rejection(new FrameBuilder(Op.RELEASE).putLong(REQUEST).putLong(THREAD).putLong(-2).putInt(3)));
        }

        @Test
        void aSemaphoreIsOfAKindOfLockOrSemaphore() {
            assertEquals("no lock or semaphore kind " + kind(ObjectKind.QUEUE), rejection(call(Op.CREATE_SEM)
                    .putByte(kind(ObjectKind.QUEUE)).putInt(1).putInt(1).putString(null)));
            assertEquals("no lock or semaphore kind -1", rejection(call(Op.CREATE_SEM).putByte((byte) -1).putInt(1)
                    .putInt(1).putString(null)));
            assertEquals("no lock or semaphore kind 99", rejection(call(Op.CREATE_SEM).putByte((byte) 99).putInt(1)
                    .putInt(1).putString(null)));
        }

        @Test
        void aSemaphoreValueMustLieBetweenZeroAndItsMaximum() {
            assertEquals("semaphore value 2 / max 1 out of range", rejection(call(Op.CREATE_SEM)
                    .putByte(kind(ObjectKind.LOCK)).putInt(2).putInt(1).putString(null)));
            assertEquals("semaphore value -1 / max 5 out of range", rejection(call(Op.CREATE_SEM)
                    .putByte(kind(ObjectKind.SEMAPHORE)).putInt(-1).putInt(5).putString(null)));
            assertEquals("semaphore value 0 / max 0 out of range", rejection(call(Op.CREATE_SEM)
                    .putByte(kind(ObjectKind.SEMAPHORE)).putInt(0).putInt(0).putString(null)));
        }

        @Test
        void aTimeoutIsMinusOneZeroOrMore() {
            assertEquals("timeout -2 out of range", rejection(call(Op.ACQUIRE).putInt(1).putLong(-2)));
            assertEquals("timeout -5 out of range", rejection(call(Op.QUEUE_GET).putInt(1).putLong(-5)));
            assertEquals("timeout -3 out of range", rejection(call(Op.JOIN).putInt(1).putLong(-3)));
        }

        @Test
        void anUncaughtExceptionSaysWhatWasThrown_andWhereInAtMostOneCodeSite() throws IOException {
            assertEquals(new Message.Uncaught(THREAD, "java.lang.IllegalStateException: why", "Main.run(Main.java:9)"),
                    MessageDecoder.decode(frameOf(new FrameBuilder(Op.UNCAUGHT).putLong(THREAD)
                            .putString("java.lang.IllegalStateException: why").putString("Main.run(Main.java:9)"))));
            assertEquals("an uncaught exception without a description",
                    rejection(new FrameBuilder(Op.UNCAUGHT).putLong(THREAD).putString(null).putString(null)));
            assertEquals("a code site of 1025 characters", rejection(new FrameBuilder(Op.UNCAUGHT).putLong(THREAD)
                    .putString("java.lang.Error").putString("x".repeat(1025))));
        }

        @Test
        void aSleepIsNotNegative() {
            assertEquals("sleep of -1 ms", rejection(call(Op.SLEEP).putLong(-1)));
        }

        @Test
        void aStartNeedsANameAndAPayload() {
            assertEquals("START needs a name and a payload",
                    rejection(call(Op.START).putString(" ").putBoolean(false).putBytes(new byte[] {1})));
            assertEquals("START needs a name and a payload",
                    rejection(call(Op.START).putString("Process-1").putBoolean(false).putBytes(null)));
        }

        @Test
        void aPrintedLineCarriesAShortCodeSite() {
            String site = "x".repeat(MessageDecoder.MAX_SITE_CHARS + 1);
            assertEquals("a code site of 1025 characters", rejection(new FrameBuilder(Op.PRINT).putLong(THREAD)
                    .putBoolean(false).putString("line").putString(site)));
        }

        @Test
        void aProbeAnswerDescribesABoundedNumberOfThreads() {
            assertEquals("probe reply with -1 threads",
                    rejection(new FrameBuilder(Op.PROBE_REPLY).putLong(3).putBoolean(true).putInt(-1)));
            assertEquals("probe reply with 100001 threads",
                    rejection(new FrameBuilder(Op.PROBE_REPLY).putLong(3).putBoolean(true).putInt(100_001)));
        }

        @Test
        void aFieldTooManyOrTooFewIsRejected() {
            assertEquals("RELEASE frame has 4 unexpected trailing bytes", rejection(call(Op.RELEASE).putInt(1).putInt(2)));
            assertEquals("ACQUIRE frame is truncated", rejection(call(Op.ACQUIRE).putInt(1)));
            assertEquals("boolean field holds 7", rejection(call(Op.SIGNAL).putInt(1).putByte((byte) 7)));
        }

        @Test
        void whatOnlyTheCoordinatorSendsIsNotARequest() {
            assertEquals("RUN is not a request", rejection(call(Op.RUN)));
            assertEquals("HELLO is not a request", rejection(call(Op.HELLO)));
        }
    }
}
