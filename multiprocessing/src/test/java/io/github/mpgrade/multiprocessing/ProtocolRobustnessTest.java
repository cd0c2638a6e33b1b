package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Transport;
import io.github.mpgrade.samples.robustness.InterruptedCaller;
import io.github.mpgrade.samples.robustness.WaitsForGo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection that breaks the protocol is dropped, alone: the program that runs meanwhile (its root
 * holds a lock its child waits for, in {@link WaitsForGo}) goes on as if nothing happened.
 */
class ProtocolRobustnessTest {

    /** An interrupt that landed while a thread wrote its request closed the channel, and the whole process lost its connection. */
    @Test
    void interruptsOfAThreadThatKeepsCallingTheCoordinatorNeverCostTheProcessItsConnection() throws Exception {
        try (Programs.Launched program = Programs.launch(InterruptedCaller.class, "100000")) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("the caller ended after 100000 interrupts: true"), program.lines());
        }
    }

    @Test
    void garbageFromARawClientIsDroppedAndTheRunningProgramCompletesCorrectly(@TempDir Path folder)
            throws Exception {
        Path go = folder.resolve("go");
        try (Programs.Launched program = Programs.launch(WaitsForGo.class, go.toString())) {
            awaitLine(program, "ready");
            String address = program.coordinator().address();

            ByteBuffer hugeLength = ByteBuffer.allocate(4).putInt(0, Integer.MAX_VALUE);
            assertDropped(address, hugeLength);
            ByteBuffer negativeLength = ByteBuffer.allocate(4).putInt(0, -5);
            assertDropped(address, negativeLength);
            ByteBuffer unknownOp = ByteBuffer.allocate(5).putInt(0, 1).put(4, (byte) 99);
            assertDropped(address, unknownOp);
            assertDropped(address, new FrameBuilder(Op.HELLO).putString("not-the-token").putLong(4242).build());
            // A HELLO whose token field claims more bytes than its frame holds.
            assertDropped(address, new FrameBuilder(Op.HELLO).putInt(1000).putLong(4242).build());
            // A well-formed request before any HELLO.
            assertDropped(address, new FrameBuilder(Op.RELEASE).putLong(1).putLong(1).putInt(1).build());

            List<String> violations = program.events(TraceEvent.ProtocolViolation.class).stream()
                    .map(TraceEvent.ProtocolViolation::how).toList();
            assertEquals(List.of("frame length 2147483647 out of range", "frame length -5 out of range",
                    "unknown operation code 99", "a connection must begin with a valid HELLO",
                    "byte field length 1000 out of range", "a connection must begin with a valid HELLO"), violations);

            // A connection that ends before its HELLO is dropped too, and counted as one more violation;
            // one that ends inside a frame has simply broken off.
            assertDropped(address, ByteBuffer.allocate(0), true);
            assertDropped(address, ByteBuffer.allocate(6).putInt(0, 100), true);
            assertEquals(List.of("a connection must begin with a valid HELLO"),
                    program.events(TraceEvent.ProtocolViolation.class).stream().skip(6)
                            .map(TraceEvent.ProtocolViolation::how).toList());

            Files.createFile(go);
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("ready", "Process-1 got the lock", "done: Process-1 exit code 0"), program.lines());
            assertEquals(7, program.events(TraceEvent.ProtocolViolation.class).size());
        }
    }

    private static SocketChannel connect(String address) throws IOException {
        return Transport.connect(Transport.parse(address));
    }

    /** Sends the bytes and expects the coordinator to close the connection without a word. */
    private static void assertDropped(String address, ByteBuffer bytes) throws Exception {
        assertDropped(address, bytes, false);
    }

    /**
     * Sends the bytes, ends the sending side if asked, and expects the coordinator to close the
     * connection without a word, which it does only after it has logged why.
     */
    private static void assertDropped(String address, ByteBuffer bytes, boolean thenEnd) throws Exception {
        try (SocketChannel channel = connect(address)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (thenEnd) {
                channel.shutdownOutput();
            }
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return channel.read(ByteBuffer.allocate(64));
                } catch (IOException reset) {
                    return -1;
                }
            });
            // Far below the 10 s the coordinator grants a silent connection to say HELLO.
            assertEquals(-1, read.get(9, TimeUnit.SECONDS), "the coordinator answered garbage instead of dropping it");
        }
    }

    private static void awaitLine(Programs.Launched program, String line) throws InterruptedException {
        for (int i = 0; i < 3000 && !program.lines().contains(line); i++) {
            Thread.sleep(10);
        }
        assertTrue(program.lines().contains(line), () -> "the program never printed \"" + line + "\"");
    }
}
