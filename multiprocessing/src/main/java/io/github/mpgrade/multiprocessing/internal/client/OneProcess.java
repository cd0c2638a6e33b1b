package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The life of one process in a child JVM, over the JVM's connection to its coordinator: waits for
 * its work (a pooled JVM may wait a while), then runs a {@link Process}'s {@code run()} or a
 * program's {@code main}, with its output routed through the coordinator. Exit codes follow
 * Python: 0, 1 after an uncaught exception, or what {@code System.exit} gave.
 *
 * <p>In a reusable JVM ({@link ProcessHost}) the program's classes come from the process's own
 * class loader ({@link ProcessScope#programLoader}), so their statics start fresh.
 */
public final class OneProcess {
    /** Set when the process threw an {@link Error}: its JVM may be damaged (out of memory, a broken class). */
    private static volatile boolean errorSeen;

    private OneProcess() {
    }

    /**
     * Runs the process this JVM is told to run. Returns only if {@code mayReturn} and the process
     * ended cleanly: its JVM then goes back to the coordinator's pool. Otherwise the JVM exits with
     * the process's exit code, as a JVM that runs one process does.
     *
     * @param channel      the JVM's connection to its coordinator
     * @param token        the JVM's token, for its first process: it says HELLO with it; null in a
     *                     reused JVM, which says READY. Either only once it is set up, so the time
     *                     it takes counts as the JVM's start, not as the process's run.
     * @param mayReturn    whether the JVM may run another process after this one
     */
    public static void run(SocketChannel channel, String token, boolean mayReturn) {
        Client client = Client.connectChild(channel);
        OptionalInt hooksBefore = ShutdownHooks.count();
        if (token != null) {
            warmUp(); // once a JVM: a reused JVM's later processes find all this warm already
            client.hello(token);
        } else {
            client.ready();
        }
        RunOrder order = client.awaitRunOrder();
        LineCapture out = new LineCapture(null, printer(client, false));
        LineCapture err = new LineCapture(null, printer(client, true));
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        System.setErr(stderr);
        Thread.currentThread().setName("main");
        if (order.controlled()) {
            client.call(Op.BEGIN, true, frame -> { }); // the scheduler decides when this process starts
        }
        int code = order.mainClass() != null ? runMain(order) : runProcess(order);
        joinProgramThreads();
        try {
            if (!client.isAbandoned()) { // an abandoned process ends as a killed one: no exit hooks
                ExitHooks.runAll();
                // Waits for its non-daemon children and ends its daemonic ones (Python's rule). In a
                // free run, a process whose children have all been seen to end has none: no call.
                if (order.controlled() || ProcessAccess.hasUnreapedChildren()) {
                    client.call(Op.FINISHING, true, frame -> { });
                }
            }
        } catch (ProcessAbandoned verdictMeanwhile) {
            // the run reached its verdict while this process waited to finish
        }
        stdout.flush(); // ours, not System.out: the program may have set that to anything, even null
        stderr.flush();
        out.finish();
        err.finish();
        if (mayReturn && endedCleanly(client, hooksBefore)) {
            client.retire(code);
            return;
        }
        if (hooksBefore.isPresent() && hooksBefore.equals(ShutdownHooks.count())) {
            client.exiting(code); // no hook of the program's runs at the exit below
        }
        client.close();
        System.exit(code);
    }

    private static int runProcess(RunOrder order) {
        Process process;
        try {
            process = Payloads.fromBytes(order.processBytes());
        } catch (RuntimeException e) {
            System.err.println("Process " + order.name() + " could not be unpacked in its new JVM: " + e.getMessage());
            return 1;
        }
        ProcessAccess.bindCurrent(process, order.processId());
        try {
            process.run();
            return 0;
        } catch (Throwable t) {
            errorThrown(t);
            System.err.println("Process " + order.name() + ":");
            t.printStackTrace();
            return 1;
        }
    }

    private static int runMain(RunOrder order) {
        ProcessAccess.bindCurrent(ProcessAccess.mainProcess(), order.processId());
        Method main;
        try {
            main = Class.forName(order.mainClass(), true, ProcessScope.programLoader(OneProcess.class.getClassLoader()))
                    .getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException("main is not static");
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            errorThrown(e);
            System.err.println("Error: Could not find or load main class " + order.mainClass());
            System.err.println("Caused by: " + e);
            return 1;
        }
        try {
            main.invoke(null, (Object) order.args().toArray(new String[0]));
            return 0;
        } catch (InvocationTargetException e) {
            errorThrown(e.getCause());
            System.err.print("Exception in thread \"main\" ");
            e.getCause().printStackTrace();
            return 1;
        } catch (IllegalAccessException e) {
            System.err.println("Error: the main method of " + order.mainClass() + " is not public");
            return 1;
        }
    }

    /** The next process of a reused JVM has seen no Error yet. */
    static void forget() {
        errorSeen = false;
    }

    /**
     * Notes an exception that ended a thread of the program: an {@link Error} makes this JVM unfit
     * for reuse, but for the one that unwinds an abandoned process.
     */
    static void errorThrown(Throwable thrown) {
        if (thrown instanceof Error && !(thrown instanceof ProcessAbandoned)) {
            errorSeen = true;
        }
    }

    /**
     * Whether nothing of the process is left that could reach the next one: no Error was thrown,
     * no shutdown hook was added (it expects to run when this process's JVM exits), and no thread
     * lives on that the program started (in the program's thread group, or one that inherited this
     * process's class loader, wherever it lives). When unsure, not clean.
     */
    private static boolean endedCleanly(Client client, OptionalInt hooksBefore) {
        OptionalInt hooksAfter = ShutdownHooks.count();
        if (errorSeen || client.isBroken() || hooksBefore.isEmpty() || !hooksBefore.equals(hooksAfter)) {
            return false;
        }
        ClassLoader ours = ProcessScope.programLoader(OneProcess.class.getClassLoader());
        for (Thread thread : ProgramThreads.everyThread()) {
            if (thread == Thread.currentThread() || !thread.isAlive() || client.isOwnThread(thread)) {
                continue;
            }
            if (ProgramThreads.isProgramThread(thread) || thread.getContextClassLoader() == ours) {
                return false;
            }
        }
        return true;
    }

    /** Like the JVM at the end of main: wait for the program's non-daemon threads (Python does too). */
    static void joinProgramThreads() {
        boolean joinedSome = true;
        while (joinedSome) {
            joinedSome = false;
            for (Thread thread : ProgramThreads.everyThread()) {
                if (thread != Thread.currentThread() && !thread.isDaemon() && ProgramThreads.isProgramThread(thread)) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        return;
                    }
                    joinedSome = true;
                }
            }
        }
    }

    /**
     * Does once a JVM what its first process would otherwise pay for after its start: unpacking a
     * Process as a started child gets it (serialization, its target lambda's bootstrap, the record
     * of its parent: 20-40 ms cold), linking the lambdas its output goes through, a line through a
     * capturing stream, the program's main class loaded. Done before the JVM says it is ready, so
     * a pooled JVM has done it before a process is started in it (start+join of an empty process
     * in a pooled JVM: 48-55 ms without any of it, 38-40 ms with the first warm-up, 6-8 ms now).
     */
    private static void warmUp() {
        Process unpacked = Payloads.fromBytes(Payloads.toBytes(ProcessAccess.startedChild(OneProcess::warmUpTarget),
                "warm-up"));
        unpacked.run();
        printer(null, false); // links the lambda's call site: a JVM's first, ~1 ms
        preloadProgramClass();
        PrintStream stream = new PrintStream(new LineCapture(null, line -> { }), true, StandardCharsets.UTF_8);
        stream.println(unpacked.getName());
        stream.flush();
    }

    /**
     * Loads and links the program's class the coordinator named ({@link ChildLaunch#PRELOAD_VARIABLE}),
     * with the class loader its processes use, and does not initialize it: none of the program's
     * code runs, and its statics are untouched. A class that cannot be loaded is left to the
     * process to fail on, as it would have.
     */
    private static void preloadProgramClass() {
        String className = System.getenv(ChildLaunch.PRELOAD_VARIABLE);
        if (className == null) {
            return;
        }
        try {
            Class.forName(className, false, ProcessScope.programLoader(OneProcess.class.getClassLoader()))
                    .getDeclaredMethods(); // links it, and so verifies it
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notNow) {
            // its first process meets the same and says so
        }
    }

    /** Where a process's printed lines go: to the coordinator, as this JVM's stdout or stderr. */
    private static Consumer<String> printer(Client client, boolean stderr) {
        return line -> client.print(stderr, line);
    }

    private static void warmUpTarget() {
    }
}
