package io.github.mpgrade.samples.processes;

import io.github.mpgrade.multiprocessing.Process;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child adds a shutdown hook that takes a while, then writes a file: its parent's join returns
 * only once the child's JVM has exited, hook and all, so the parent finds the file.
 */
public class ShutdownHookChild {
    public static void main(String[] args) {
        String written = args[0]; // a Path is not Serializable: the process gets the text
        Process child = new Process(() -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(Path.of(written), "the hook ran");
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        })));
        child.start();
        child.join();
        System.out.println("after join, exit code " + child.exitCode() + ", the hook's file: " + Files.exists(Path.of(written)));
    }
}
