package io.github.mpgrade.samples.processes;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.time.Duration;

/** How a process ends, and what its parent sees: exit codes as in Python. */
public class ExitCodes {
    public static void main(String[] args) {
        Queue<String> never = new Queue<>(); // nobody ever puts: a get() waits until the process is ended
        Process failing = new Process(() -> {
            throw new IllegalArgumentException("boom from run()");
        });
        Process normal = new Process(() -> System.out.println("Process-2 runs and returns"));
        Process exiting = new Process(() -> System.exit(7));
        Process terminated = new Process(() -> never.get());
        Process killed = new Process(() -> never.get());
        Process[] all = {failing, normal, exiting, terminated, killed};

        System.out.println("before start(): exitCode() = " + normal.exitCode() + ", isAlive() = " + normal.isAlive());
        for (Process p : all) {
            p.start();
        }
        for (Process p : new Process[] {terminated, killed}) {
            System.out.println(p.getName() + " while running: exitCode() = " + p.exitCode() + ", isAlive() = "
                    + p.isAlive() + ", join(100 ms) = " + p.join(Duration.ofMillis(100)));
        }
        terminated.terminate();
        killed.kill();
        for (Process p : all) {
            p.join();
            System.out.println(p.getName() + " ended: exitCode() = " + p.exitCode() + ", isAlive() = " + p.isAlive()
                    + ", join(100 ms) = " + p.join(Duration.ofMillis(100)));
        }
    }
}
