package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes this JVM a program's root: starts the coordinator here through its one entry point
 * ({@link Coordinator#forRoot}), connects to it, routes the root's own output through the event
 * log, and at the end waits for the children as Python's exit handler does.
 */
final class RootBootstrap {
    private RootBootstrap() {
    }

    static Client start() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            Coordinator.RootConnection started = Coordinator.forRoot(out, err);
            Client client = Client.connect(started.address(), started.token(), true, err);
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "mpgrade-disconnect"));
            // The root's own lines enter the event log too; they still go to its console as before.
            System.setOut(new PrintStream(new LineCapture(out, line -> client.print(false, line)), true,
                    StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new LineCapture(err, line -> client.print(true, line)), true,
                    StandardCharsets.UTF_8));
            // Python's exit handler: when the program's own threads are done, the root waits for its
            // non-daemon children and terminates its daemonic ones before its JVM may exit.
            Thread exit = new Thread(() -> finish(client), "mpgrade-exit");
            exit.setDaemon(false);
            exit.start();
            return client;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the multiprocessing coordinator in this JVM: " + e, e);
        }
    }

    /** Once the program's own threads have ended, waits until its children may be left. */
    private static void finish(Client client) {
        OneProcess.joinProgramThreads();
        try {
            client.call(Op.FINISHING, true, frame -> { });
        } catch (IllegalStateException connectionLost) {
            // the coordinator is gone: nothing left to wait for
        }
    }
}
