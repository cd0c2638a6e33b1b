package io.github.mpgrade.multiprocessing.internal.client;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads, without running, every class of the runtime and the JDK classes a child process uses,
 * so that a JVM started with {@code -XX:ArchiveClassesAtExit} archives them and later children
 * start from the archive (AppCDS) instead of loading them one by one.
 */
final class ClassWarmUp {
    private ClassWarmUp() {
    }

    static void loadRuntimeClasses() {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        Set<String> names;
        try {
            names = ProgramClassLoader.runtimeClassNames();
        } catch (RuntimeException unlisted) {
            names = Set.of(); // the archive then holds only the JDK's side
        }
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError skipped) {
                // a class that cannot load now will load (or fail) in the child as usual
            }
        }
        // The JDK side of a child's life: a socket, serialization, line capture, thread probes.
        try (SocketChannel ignored = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            Payloads.fromBytes(Payloads.toBytes(new ArrayList<>(List.of(1, "warm-up", 2L)), "warm-up"));
            new PrintStream(new LineCapture(null, line -> { }), true, StandardCharsets.UTF_8).println("warm-up");
            Thread.getAllStackTraces();
            java.lang.management.ManagementFactory.getThreadMXBean();
            ProcessHandle.current().pid();
        } catch (IOException | UnsupportedOperationException e) {
            // no Unix sockets here: the archive simply holds less
        }
    }
}
