package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Starts child JVMs that run {@link ChildLaunch#MAIN_CLASS} and connect back to the coordinator. */
final class JvmLauncher {

    private final List<String> command = new ArrayList<>();
    private final String address;
    private final boolean reusable;
    private final Optional<String> preload;

    /**
     * @param reusable whether the JVMs run one process after another, each in a fresh class loader
     * @param preload  a class of the program each JVM loads and links before it is ready, if any
     */
    JvmLauncher(LaunchSpec spec, String address, Path workDirectory, boolean reusable, Optional<String> preload)
            throws IOException {
        this.address = address;
        this.reusable = reusable;
        this.preload = preload;
        command.add(spec.javaExecutable().toString());
        command.addAll(spec.jvmOptions());
        List<String> classPath = spec.classPath();
        Optional<ClassDataArchive> archive = ClassDataArchive.of(spec);
        if (archive.isPresent()) {
            List<String> archiveOptions = archive.get().childOptions();
            if (archiveOptions.isEmpty()) {
                archive.get().createInBackground(); // for the next program
            } else {
                command.addAll(archiveOptions);
                classPath = archive.get().classPath();
            }
        }
        // So that a JVM can tell whether its process added a shutdown hook (ShutdownHooks): a JVM
        // with one is not reused, and a free run's process without one need not be waited for
        // while its JVM exits (EXITING).
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        // The class path goes in an argument file: Windows caps a command line at 32k characters.
        Path argFile = workDirectory.resolve("classpath.args");
        Files.writeString(argFile, "-cp \"" + String.join(java.io.File.pathSeparator, classPath)
                .replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n", StandardCharsets.UTF_8);
        command.add("@" + argFile);
        command.add(ChildLaunch.MAIN_CLASS);
    }

    /** A launched JVM, and when everything it wrote to its own stdout and stderr has been read. */
    record Launched(java.lang.Process os, CompletableFuture<Void> outputRead) {
    }

    /**
     * Launches one child JVM.
     *
     * @param rawOutput receives each line the JVM writes to its own stdout/stderr (not through the
     *                  library): JVM errors, crash messages; {@code true} marks stderr
     * @throws ProcessLaunchException with a sentence on what ran out
     */
    Launched launch(String token, String name, LineSink rawOutput) throws ProcessLaunchException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(ChildLaunch.ADDRESS_VARIABLE, address);
        builder.environment().put(ChildLaunch.TOKEN_VARIABLE, token);
        if (reusable) {
            builder.environment().put(ChildLaunch.REUSE_VARIABLE, "1");
        }
        preload.ifPresent(className -> builder.environment().put(ChildLaunch.PRELOAD_VARIABLE, className));
        java.lang.Process os;
        try {
            os = builder.start();
        } catch (IOException e) {
            throw new ProcessLaunchException(explainLaunchFailure(name, e.getMessage()), e);
        }
        CompletableFuture<Void> out = pump(os.getInputStream(), line -> rawOutput.accept(line, false),
                "mpgrade-out-" + os.pid());
        CompletableFuture<Void> err = pump(os.getErrorStream(), line -> rawOutput.accept(line, true),
                "mpgrade-err-" + os.pid());
        try {
            os.getOutputStream().close(); // a child reads no input
        } catch (IOException ignored) {
            // nothing was written, so nothing is lost
        }
        return new Launched(os, CompletableFuture.allOf(out, err));
    }

    /** Turns the operating system's terse reason into what a student can act on. */
    static String explainLaunchFailure(String name, String reason) {
        String what = String.valueOf(reason);
        if (what.contains("error=11") || what.contains("Resource temporarily unavailable")) {
            return "cannot start " + name + ": the operating system refused to create another process"
                    + " (its limit on processes or threads for your user is reached; " + what + ")."
                    + " Start fewer processes at once, or end leftover ones.";
        }
        if (what.contains("error=12") || what.contains("Cannot allocate memory")) {
            return "cannot start " + name + ": there is not enough free memory for another JVM (" + what
                    + "). Start fewer processes at once, or close other programs.";
        }
        if (what.contains("error=2") || what.contains("No such file")) {
            return "cannot start " + name + ": the java program to run it was not found (" + what + ").";
        }
        return "cannot start " + name + ": " + what;
    }

    /** Explains a child JVM that exited before it could connect, from the last lines it wrote. */
    static String explainEarlyExit(String name, int exitCode, String tail) {
        String lower = tail.toLowerCase(java.util.Locale.ROOT);
        String cause;
        // A thread limit first: the JVM reports it as "OutOfMemoryError: unable to create native thread".
        if (lower.contains("unable to create native thread") || lower.contains("pthread_create")
                || lower.contains("resource temporarily unavailable")) {
            cause = "its JVM could not create a thread: the limit on processes or threads is reached";
        } else if (lower.contains("reserve enough space") || lower.contains("insufficient memory")
                || lower.contains("outofmemory") || lower.contains("cannot allocate memory")) {
            cause = "its JVM ran out of memory while starting";
        } else {
            cause = "its JVM exited with code " + exitCode + " before it could run";
        }
        return "cannot start " + name + ": " + cause + (tail.isEmpty() ? "." : ". The JVM said:\n" + tail);
    }

    /** Reads a stream line by line on a thread of its own; the future completes at its end. */
    private static CompletableFuture<Void> pump(InputStream stream, Consumer<String> sink, String threadName) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException ignored) {
                // the JVM is gone; nothing more to read
            } finally {
                done.complete(null);
            }
        }, threadName);
        pump.setDaemon(true);
        pump.start();
        return done;
    }

    @FunctionalInterface
    interface LineSink {
        void accept(String line, boolean stderr);
    }

    /** A child JVM could not be launched; the message is a sentence for the program's author. */
    static final class ProcessLaunchException extends Exception {
        ProcessLaunchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
