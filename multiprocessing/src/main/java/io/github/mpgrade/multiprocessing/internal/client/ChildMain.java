package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import io.github.mpgrade.multiprocessing.internal.wire.Transport;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * The main class of every child JVM. Connects to the coordinator named in its environment, then
 * runs one process ({@link OneProcess}, which says HELLO with the JVM's token once it is ready)
 * and exits; or, when the coordinator launched it reusable, runs one process after another, each
 * in a fresh class loader ({@link ProcessHost}).
 */
public final class ChildMain {
    /** Exit status of a child whose coordinator is unreachable or gone. */
    public static final int LOST_COORDINATOR_STATUS = 70;

    private ChildMain() {
    }

    public static void main(String[] args) {
        if (System.getenv(ChildLaunch.WARM_UP_VARIABLE) != null) {
            ClassWarmUp.loadRuntimeClasses();
            return;
        }
        String address = System.getenv(ChildLaunch.ADDRESS_VARIABLE);
        String token = System.getenv(ChildLaunch.TOKEN_VARIABLE);
        if (address == null || token == null) {
            System.err.println("mpgrade: " + ChildMain.class.getName() + " runs the processes a multiprocessing"
                    + " program starts, and is started by its coordinator. Run your program's own main class instead.");
            System.exit(2);
        }
        SocketChannel channel;
        try {
            channel = Transport.connect(Transport.parse(address));
        } catch (IOException | RuntimeException e) {
            System.err.println("mpgrade: this process cannot reach the coordinator that started it at " + address
                    + " (" + e.getMessage() + "); the program it belongs to has probably ended, so it stops now.");
            System.exit(LOST_COORDINATOR_STATUS);
            return;
        }
        if (System.getenv(ChildLaunch.REUSE_VARIABLE) != null) {
            ProcessHost.serve(channel, token);
        } else {
            OneProcess.run(channel, token, false);
        }
    }
}
