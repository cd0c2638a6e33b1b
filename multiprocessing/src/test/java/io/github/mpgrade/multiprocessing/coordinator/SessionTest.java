package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's end of a process's connection. */
class SessionTest {

    /**
     * A process that sends its last frames and closes its end may meet a frame of the coordinator's
     * on the way (a probe): writing it fails, and what the process sent must still be read, or its
     * last printed lines and its exit are lost while its parent's join returns.
     */
    @Test
    void aFailedWriteLeavesWhatTheProcessSentToBeRead(@TempDir Path folder) throws IOException {
        try (ServerSocketChannel server = SessionServer.bind(folder);
             SocketChannel process = SocketChannel.open(server.getLocalAddress())) {
            Session session = new Session(server.accept());
            process.write(ByteBuffer.wrap("its last line, then its exit".getBytes(StandardCharsets.UTF_8)));
            process.close();

            for (int i = 0; i < 100; i++) { // until a write fails
                session.enqueue(ByteBuffer.wrap(new byte[64]));
                session.flush();
            }

            assertEquals("its last line, then its exit", readToTheEnd(session.channel));
            session.close();
        }
    }

    private static String readToTheEnd(SocketChannel channel) throws IOException {
        ByteBuffer read = ByteBuffer.allocate(256);
        while (channel.read(read) >= 0) {
            if (!read.hasRemaining()) {
                break;
            }
        }
        read.flip();
        return StandardCharsets.UTF_8.decode(read).toString();
    }
}
