package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

/**
 * The main class of every child JVM. Connects to the coordinator named in its environment,
 * waits for its work (a pooled JVM may wait a while), then runs a {@link Process}'s
 * {@code run()} or a program's {@code main}, with its output routed through the coordinator.
 * Exit codes follow Python: 0, 1 after an uncaught exception, or what {@code System.exit} gave.
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
        Client client;
        try {
            client = Client.connectChild(address, token);
        } catch (Exception e) {
            System.err.println("mpgrade: this process cannot reach the coordinator that started it at " + address
                    + " (" + e.getMessage() + "); the program it belongs to has probably ended, so it stops now.");
            System.exit(LOST_COORDINATOR_STATUS);
            return;
        }
        warmUp();
        RunOrder order = client.awaitRunOrder();
        LineCapture out = new LineCapture(null, line -> client.print(false, line));
        LineCapture err = new LineCapture(null, line -> client.print(true, line));
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
        ExitHooks.runAll();
        client.call(Op.FINISHING, true, frame -> { });
        stdout.flush(); // ours, not System.out: the program may have set that to anything, even null
        stderr.flush();
        out.finish();
        err.finish();
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
            System.err.println("Process " + order.name() + ":");
            t.printStackTrace();
            return 1;
        }
    }

    private static int runMain(RunOrder order) {
        ProcessAccess.bindCurrent(ProcessAccess.mainProcess(), order.processId());
        Method main;
        try {
            main = Class.forName(order.mainClass()).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException("main is not static");
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("Error: Could not find or load main class " + order.mainClass());
            System.err.println("Caused by: " + e);
            return 1;
        }
        try {
            main.invoke(null, (Object) order.args().toArray(new String[0]));
            return 0;
        } catch (InvocationTargetException e) {
            System.err.print("Exception in thread \"main\" ");
            e.getCause().printStackTrace();
            return 1;
        } catch (IllegalAccessException e) {
            System.err.println("Error: the main method of " + order.mainClass() + " is not public");
            return 1;
        }
    }

    /** Like the JVM at the end of main: wait for the program's non-daemon threads (Python does too). */
    static void joinProgramThreads() {
        boolean joinedSome = true;
        while (joinedSome) {
            joinedSome = false;
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
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

    /** Loads what running a process needs while this JVM waits in the pool. */
    private static void warmUp() {
        Payloads.fromBytes(Payloads.toBytes(new java.util.ArrayList<>(java.util.List.of(1, "x")), "warm-up"));
    }
}
