package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.time.Duration;
import java.util.List;

/** CPython's _TestProcess (active_children, parent_process, close, daemon_argument), ported, and the null System.out. */
public class Processes {
    public static void main(String[] args) {
        check("active_children", () -> { // _TestProcess.test_active_children
            Queue<String> stop = new Queue<>();
            Process p = new Process(() -> stop.get());
            expect(!Process.activeChildren().contains(p), "not before start");
            p.start();
            expect(Process.activeChildren().contains(p), "while it runs: the very object started");
            expect(Process.activeChildren().get(0) == p, "in start order");
            stop.put("stop");
            p.join();
            expect(!Process.activeChildren().contains(p), "not after it ended");
            expectThrows(UnsupportedOperationException.class, () -> Process.activeChildren().add(p));
        });
        check("parent_process", () -> { // _TestProcess.test_parent_process
            expectEquals(null, Process.parentProcess());
            Queue<String> report = new Queue<>();
            Process child = new Process(() -> {
                Process parent = Process.parentProcess();
                report.put(parent.getName() + " " + parent.pid() + " " + parent.isAlive() + " "
                        + (parent == Process.parentProcess()) + " " + parent.join(Duration.ofMillis(50)));
                try {
                    parent.terminate();
                    report.put("terminate allowed");
                } catch (IllegalStateException e) {
                    report.put("terminate refused");
                }
            });
            child.start();
            child.join();
            expectEquals("MainProcess " + ProcessHandle.current().pid() + " true true false", report.get());
            expectEquals("terminate refused", report.get());
        });
        check("parent_process_of_a_grandchild", () -> {
            Queue<String> report = new Queue<>();
            Process child = new Process("Child", () -> {
                Process grandchild = new Process(() -> report.put(Process.parentProcess().getName()));
                grandchild.start();
                grandchild.join();
            });
            child.start();
            child.join();
            expectEquals("Child", report.get());
        });
        check("close", () -> { // _TestProcess.test_close
            Queue<String> stop = new Queue<>();
            Process p = new Process(() -> stop.get());
            p.setDaemon(true);
            p.start();
            expectThrows(IllegalStateException.class, p::close); // still running
            stop.put("stop");
            p.join();
            p.close();
            p.close(); // a second close does nothing
            expectThrows(IllegalStateException.class, p::isAlive);
            expectThrows(IllegalStateException.class, p::join);
            expectThrows(IllegalStateException.class, p::exitCode);
            expectThrows(IllegalStateException.class, p::pid);
            expectThrows(IllegalStateException.class, p::start);
            expectThrows(IllegalStateException.class, p::terminate);
            expect(p.getName().startsWith("Process-") && p.isDaemon() && !p.toString().isEmpty(), "still usable");
            Process never = new Process(() -> { });
            never.close(); // never started: allowed
            expectThrows(IllegalStateException.class, () -> Process.current().close());
        });
        check("daemon_argument", () -> { // _TestProcess.test_daemon_argument, in a daemonic process
            Queue<String> flags = new Queue<>();
            Process daemonic = new Process(() -> {
                Process inner = new Process(() -> { });
                flags.put("inherited " + inner.isDaemon());
                inner.setDaemon(false);
                flags.put("set " + inner.isDaemon());
            });
            daemonic.setDaemon(true);
            expect(!new Process(() -> { }).isDaemon(), "MainProcess is not daemonic, nor its children by default");
            daemonic.start();
            daemonic.join();
            expectEquals(List.of("inherited true", "set false"), List.of(flags.get(), flags.get()));
        });
        check("null_system_out", () -> { // a child that sets System.out to null still exits 0
            Process p = new Process(() -> {
                System.out.println("before");
                System.setOut(null);
            });
            p.start();
            p.join();
            expectEquals(0, p.exitCode());
        });
    }
}
