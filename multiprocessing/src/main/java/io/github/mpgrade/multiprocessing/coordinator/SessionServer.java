package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Accepts the processes' connections and reads each one's frames in order, on a thread of its
 * own: a connection must begin with the HELLO of a JVM this coordinator launched, and one that
 * breaks the protocol is logged and dropped, alone.
 */
final class SessionServer {
    /** How long a new connection may take to say HELLO before it is dropped. */
    private static final Duration HELLO_DEADLINE = Duration.ofSeconds(10);

    private final ServerSocketChannel channel;
    private final SyncState state;
    private final ScheduledExecutorService timers;
    private final JvmPool pool;
    private final RequestHandler handler;
    /** Makes the decisions the last frame allows and writes what it queued. */
    private final Runnable flushAll;
    private final BooleanSupplier closed;
    private final Consumer<RuntimeException> coordinatorFailed;
    private final List<Session> sessions = new ArrayList<>(); // guarded by state

    SessionServer(ServerSocketChannel channel, SyncState state, ScheduledExecutorService timers, JvmPool pool,
                  RequestHandler handler, Runnable flushAll, BooleanSupplier closed,
                  Consumer<RuntimeException> coordinatorFailed) {
        this.channel = channel;
        this.state = state;
        this.timers = timers;
        this.pool = pool;
        this.handler = handler;
        this.flushAll = flushAll;
        this.closed = closed;
        this.coordinatorFailed = coordinatorFailed;
    }

    /** A socket in {@code directory} where the platform has Unix domain sockets, else on the loopback. */
    static ServerSocketChannel bind(Path directory) throws IOException {
        try {
            ServerSocketChannel unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            unix.bind(UnixDomainSocketAddress.of(directory.resolve("c.sock")));
            return unix;
        } catch (UnsupportedOperationException | IOException noUnixSockets) {
            ServerSocketChannel tcp = ServerSocketChannel.open();
            tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return tcp;
        }
    }

    void start() {
        Coordinator.daemon("mpgrade-accept").newThread(this::acceptLoop).start();
    }

    private void acceptLoop() {
        while (!closed.getAsBoolean()) {
            SocketChannel accepted;
            try {
                accepted = channel.accept();
            } catch (IOException e) {
                return; // closed
            }
            Session session = new Session(accepted);
            synchronized (state) {
                sessions.add(session);
            }
            Coordinator.daemon("mpgrade-session").newThread(() -> serve(session)).start();
            timers.schedule(() -> {
                synchronized (state) {
                    if (session.process == null && session.jvm == null) {
                        session.close(); // never introduced itself
                    }
                }
            }, HELLO_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads one connection's frames in order until it ends or breaks the protocol. */
    private void serve(Session session) {
        try {
            Frame frame = Frame.read(session.channel);
            if (frame == null || !pool.hello(session, MessageDecoder.hello(frame))) {
                throw new ProtocolException(MessageDecoder.NO_HELLO);
            }
            flushAll.run(); // the RUN frame, if the JVM was waited for
            for (frame = Frame.read(session.channel); frame != null; frame = Frame.read(session.channel)) {
                if (session.process == null && frame.op != Op.PROBE_REPLY) {
                    throw new ProtocolException(frame.op + " from a connection that runs no process");
                }
                Message message = MessageDecoder.decode(frame);
                handler.handle(session, message);
                flushAll.run();
                if (message instanceof Message.Exiting) {
                    break; // its last frame: the process is over now, not when its close arrives (JDK 25: 5 ms later)
                }
            }
        } catch (ProtocolException e) {
            synchronized (state) {
                state.protocolViolation(session.process, e.getMessage());
            }
        } catch (IOException e) {
            // the connection broke: the same as an end
        } catch (RuntimeException e) {
            coordinatorFailed.accept(e); // a bug of the coordinator's own, not a connection that ended
        } finally {
            session.close();
            synchronized (state) {
                sessions.remove(session);
                pool.connectionEnded(session);
                state.sessionEnded(session);
            }
            flushAll.run();
        }
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    /** Stops accepting, and closes every connection. */
    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        List<Session> open;
        synchronized (state) {
            open = new ArrayList<>(sessions);
        }
        open.forEach(Session::close);
    }
}
