package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Folders;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a submission's {@code src/main/java} in this JVM with javax.tools: against the
 * instructor's runtime only, for Java 17, with annotation processing off (a processor would be
 * student code running here). Nothing it compiles is loaded here.
 */
public final class SubmissionCompiler {
    /** How many compiler errors a message quotes; the rest are counted. */
    static final int QUOTED_ERRORS = 10;
    /** The runtime's packages: a submission that defines classes there could stand in for the runtime. */
    static final String RUNTIME_PACKAGE_FOLDER = "io/github/mpgrade";

    /**
     * Where compilations run: a compilation cannot be stopped, so one past its time is left to
     * finish on a daemon thread while the batch goes on.
     */
    private static final ExecutorService COMPILATIONS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mpgrade-javac");
        thread.setDaemon(true);
        return thread;
    });

    private final JavaCompiler javac;
    private final List<Path> runtimeClassPath;
    private final Duration timeLimit;

    /**
     * @param runtimeClassPath what student code compiles against: the multiprocessing runtime
     * @param timeLimit        how long one compilation may take (source can make javac's type inference explode)
     * @throws IllegalStateException when this Java has no compiler (a JRE)
     */
    public SubmissionCompiler(List<Path> runtimeClassPath, Duration timeLimit) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java (" + System.getProperty("java.home") + ") has no compiler:"
                    + " run Maven with a JDK, not a JRE (set JAVA_HOME to a JDK 17 or newer)");
        }
        this.runtimeClassPath = List.copyOf(runtimeClassPath);
        this.timeLimit = timeLimit;
    }

    /** The outcome: the folder of classes, or why there is none. */
    public record Result(Optional<Path> classes, String message) {
        static Result compiled(Path classes) {
            return new Result(Optional.of(classes), "");
        }

        static Result failed(String message) {
            return new Result(Optional.empty(), message);
        }
    }

    /**
     * Compiles the submission's sources into {@code classes} (created; emptied first).
     *
     * @return the classes, or a message for the student: the compiler's errors with file and line
     */
    public Result compile(Submission submission, Path classes) {
        List<Path> sources = Fingerprints.javaSources(submission.sources());
        if (sources.isEmpty()) {
            return Result.failed("No Java sources in src/main/java: the submission must hold the project's"
                    + " src/main/java folder (e.g. src/main/java/lab/pingpong/PingPong.java).");
        }
        recreate(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Future<Boolean> compilation = COMPILATIONS.submit(() -> run(sources, classes, diagnostics));
        boolean compiled;
        try {
            compiled = compilation.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Result.failed("The compiler did not finish within " + timeLimit.toSeconds() + " s, so nothing was"
                    + " graded: simplify what makes it work that hard (deeply nested lambdas passed to overloaded"
                    + " methods are the usual cause).");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot compile " + submission.name() + ": " + io.getMessage(), io);
            }
            return Result.failed("The compiler failed on the submission (" + e.getCause() + "), so nothing was graded.");
        } catch (InterruptedException e) {
            compilation.cancel(true);
            Thread.currentThread().interrupt();
            return Result.failed("The compilation was interrupted.");
        }
        if (!compiled) {
            return Result.failed(errors(submission, diagnostics.getDiagnostics()));
        }
        if (Files.exists(classes.resolve(RUNTIME_PACKAGE_FOLDER))) {
            return Result.failed("The submission defines classes in the package io.github.mpgrade, which belongs to the"
                    + " runtime and the grader: move them to your own package (e.g. lab.philosophers).");
        }
        return Result.compiled(classes);
    }

    private boolean run(List<Path> sources, Path classes, DiagnosticCollector<JavaFileObject> diagnostics)
            throws IOException {
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-proc:none", "--release", "17", "-encoding", "UTF-8", "-nowarn",
                    "-implicit:none", "-Xmaxerrs", "100",
                    "-classpath", runtimeClassPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "-sourcepath", "", "-d", classes.toString());
            return javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
    }

    /** The errors as javac prints them, paths relative to src/main/java. */
    private static String errors(Submission submission, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
        StringBuilder message = new StringBuilder("The submission does not compile (")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append("):");
        for (Diagnostic<? extends JavaFileObject> error : errors.subList(0, Math.min(QUOTED_ERRORS, errors.size()))) {
            message.append('\n');
            if (error.getSource() != null) {
                Path file = Path.of(error.getSource().toUri());
                message.append(submission.sources().relativize(file).toString().replace('\\', '/'))
                        .append(':').append(error.getLineNumber()).append(": ");
            }
            message.append("error: ").append(error.getMessage(Locale.ROOT));
        }
        if (errors.size() > QUOTED_ERRORS) {
            message.append("\n… and ").append(errors.size() - QUOTED_ERRORS).append(" more");
        }
        return message.toString();
    }

    private static void recreate(Path folder) {
        try {
            Folders.recreate(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder + ": " + e.getMessage(), e);
        }
    }
}
