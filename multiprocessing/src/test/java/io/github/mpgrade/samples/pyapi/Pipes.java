package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;

import io.github.mpgrade.multiprocessing.Connection;
import io.github.mpgrade.multiprocessing.Pipe;
import io.github.mpgrade.multiprocessing.Process;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** CPython's _TestConnection (test_connection, test_duplex_false, test_sendbytes, test_fd_transfer's EOF rules), ported. */
public class Pipes {
    /** _TestConnection._echo: sends back every message's bytes until end of file, then closes. */
    static void echo(Connection<Object> conn) {
        try {
            while (true) {
                conn.sendBytes(conn.recvBytes());
            }
        } catch (UncheckedIOException eof) {
            conn.close();
        }
    }

    public static void main(String[] args) {
        check("connection", () -> { // _TestConnection.test_connection
            Pipe<Object> pipe = new Pipe<>();
            Connection<Object> conn = pipe.first();
            Connection<Object> child = pipe.second();
            Process p = new Process(() -> echo(child));
            p.setDaemon(true);
            p.start();
            child.close(); // the parent's copy: the child's close is what the parent's EOF waits for
            List<Object> seq = Arrays.asList(1, 2.25, null);
            byte[] msg = "hello world".getBytes();
            conn.send(seq);
            expectEquals(seq, conn.recv());
            conn.sendBytes(msg);
            expect(Arrays.equals(msg, conn.recvBytes()), "send_bytes / recv_bytes");
            expect(!conn.poll(), "nothing waiting: poll() is false");
            expect(!conn.poll(Duration.ofMillis(100)), "poll(TIMEOUT1) is false");
            long start = System.nanoTime();
            expect(!conn.poll(Duration.ofMillis(-1)), "poll(-1) is poll(0)");
            expect(System.nanoTime() - start < 1_000_000_000L, "poll(-1) did not wait");
            conn.send(null);
            expect(conn.poll(Duration.ofSeconds(10)), "poll() sees the echo");
            expectEquals(null, conn.recv());
            byte[] big = new byte[16 * 1024 * 1024]; // CPython's really_big_msg: 16 MiB of b'X'
            Arrays.fill(big, (byte) 'X');
            conn.sendBytes(big);
            expect(Arrays.equals(big, conn.recvBytes()), "a 16 MiB message round trip");
            conn.send(new byte[0]);
            expect(Arrays.equals(new byte[0], (byte[]) conn.recv()), "an empty message");
            conn.sendBytes(new byte[0]);
            expectEquals(0, conn.recvBytes().length);
            conn.close(); // the child's recv sees EOF and it closes its end
            p.join();
            expectThrows(IllegalStateException.class, conn::recv);
        });
        check("eof_after_messages", () -> {
            Pipe<String> pipe = new Pipe<>(false);
            Connection<String> reader = pipe.first();
            Connection<String> writer = pipe.second();
            Process p = new Process(() -> {
                writer.send("a");
                writer.send("b");
            }); // ends without close(): its copy closes as the process ends
            p.start();
            writer.close();
            expectEquals("a", reader.recv());
            expectEquals("b", reader.recv());
            UncheckedIOException e = expectThrows(UncheckedIOException.class, reader::recv);
            expect(e.getCause() instanceof EOFException, "caused by EOFException: " + e.getCause());
            expect(reader.poll(), "poll() is true at end of file");
            expectThrows(UncheckedIOException.class, reader::recv); // and stays so
            p.join();
        });
        check("duplex_false", () -> { // _TestConnection.test_duplex_false
            Pipe<Integer> pipe = new Pipe<>(false);
            Connection<Integer> reader = pipe.first();
            Connection<Integer> writer = pipe.second();
            writer.send(1);
            expectEquals(1, reader.recv());
            expectThrows(IllegalStateException.class, () -> reader.send(2));
            expectThrows(IllegalStateException.class, writer::recv);
            expectThrows(IllegalStateException.class, writer::poll);
            expect(pipe.first() == reader && pipe.second() == writer, "the same objects on every call");
        });
        check("send_refusals", () -> {
            Pipe<Object> pipe = new Pipe<>();
            expectThrows(IllegalArgumentException.class, () -> pipe.first().send(new Object()));
            expect(!pipe.second().poll(), "a failed send sends nothing");
            expectThrows(NullPointerException.class, () -> pipe.first().sendBytes(null));
            pipe.first().sendBytes(new byte[] {1, 2});
            expectThrows(IllegalStateException.class, pipe.second()::recv); // not a serialized object
        });
        check("broken_pipe", () -> {
            Pipe<String> pipe = new Pipe<>();
            pipe.second().close();
            pipe.second().close(); // a second close does nothing
            UncheckedIOException e = expectThrows(UncheckedIOException.class, () -> pipe.first().send("x"));
            expect(e.getCause() instanceof IOException, "caused by IOException");
            expectThrows(IllegalStateException.class, () -> pipe.second().send("x"));
        });
        check("ping_pong", () -> {
            Pipe<Integer> pipe = new Pipe<>();
            Connection<Integer> mine = pipe.first();
            Connection<Integer> theirs = pipe.second();
            Process p = new Process(() -> {
                for (int i = 0; i < 20; i++) {
                    theirs.send(theirs.recv() + 1);
                }
            });
            p.start();
            int n = 0;
            for (int i = 0; i < 20; i++) {
                mine.send(n);
                n = mine.recv() + 1;
            }
            p.join();
            expectEquals(40, n);
        });
    }
}
