package io.github.mpgrade.samples.errors;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.ProcessStartException;

/** Mistakes with processes, each refused with a sentence that says what is wrong. */
public class StartErrors {
    /** A process whose field cannot travel to the child. */
    static class Holder extends Process {
        private final Object notSerializable = new Object();

        @Override
        public void run() {
            System.out.println(notSerializable);
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static String outcome(Action action) {
        try {
            action.run();
            return "returned normally";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        System.out.println("start() of a process with a non-serializable field: " + outcome(() -> new Holder().start()));
        Thread thread = new Thread(() -> { });
        System.out.println("start() of a lambda that captures a Thread: "
                + outcome(() -> new Process(() -> System.out.println(thread.getName())).start()));

        Process p = new Process(() -> System.out.println("Process-3 runs"));
        System.out.println("join() before start(): " + outcome(p::join));
        System.out.println("join(Duration) before start(): " + outcome(() -> p.join(java.time.Duration.ofMillis(10))));
        System.out.println("pid() before start(): " + outcome(p::pid));
        System.out.println("terminate() before start(): " + outcome(p::terminate));
        System.out.println("before start(): exitCode() = " + p.exitCode() + ", isAlive() = " + p.isAlive());
        p.start();
        System.out.println("start() twice: " + outcome(p::start));
        System.out.println("setDaemon() after start(): " + outcome(() -> p.setDaemon(true)));
        p.join();

        Process selfish = new Process(() -> {
            System.out.println("start() of itself: " + outcome(() -> Process.current().start()));
            System.out.println("join() of itself: " + outcome(() -> Process.current().join()));
        });
        selfish.start();
        selfish.join();
        System.out.println("ProcessStartException is unchecked: "
                + RuntimeException.class.isAssignableFrom(ProcessStartException.class));
    }
}
