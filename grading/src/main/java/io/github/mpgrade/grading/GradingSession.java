package io.github.mpgrade.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.coverage.JacocoCoverage;
import io.github.mpgrade.grading.grader.GraderJob;
import io.github.mpgrade.grading.grader.GraderMain;
import io.github.mpgrade.grading.grader.GraderResults;
import io.github.mpgrade.grading.grader.GraderResults.GradedCheck;
import io.github.mpgrade.grading.grader.SignedFile;
import io.github.mpgrade.grading.sandbox.SandboxPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Grades one submission in a grader JVM of its own and reads back what it found. Reentrant and
 * without shared state: a batch may grade many requests at once, each in its own output folder.
 *
 * <p>The grader JVM gets a fresh random key on its stdin and signs its results file with it, so
 * results are never taken from a stream or file that student code could forge. The grader JVM
 * and every process under it are killed at the time limit, on failure, and when this JVM exits
 * (Ctrl-C included).
 */
public final class GradingSession {
    /**
     * The grader JVM's own options: small and quick to start, like the child JVMs; its JIT stops
     * at C1, as theirs does: a grading lasts seconds, too short for C2's code to pay for compiling
     * it on the cores the checks run on (mvn grade of the reference: 5.4 s with C2, 4.9 s without);
     * and no attach mechanism, so that no program of the same user can load an agent into it (to
     * read its key).
     */
    static final List<String> GRADER_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xshare:auto",
            "-XX:TieredStopAtLevel=1", "-XX:+DisableAttachMechanism");
    private static final int STDERR_LINES_KEPT = 40;
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(5);
    /** A process ended by signal N exits with this plus N, as shells report it. */
    private static final int SIGNALLED = 128;

    private GradingSession() {
    }

    /**
     * Grades the request's submission.
     *
     * @param progress told each progress line of the grader as it comes (display only)
     * @return the results; a grader stopped at the time limit gives the checks it finished, and
     *         {@link GradeReport#stoppedEarly()} says so
     * @throws GradingException when grading could not run or crashed; the message says why and what to try
     */
    public static GradeReport grade(GradingRequest request, GradingProgress progress) throws GradingException {
        GraderFolder folder = GraderFolder.prepare(request);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        long start = System.nanoTime();
        Optional<GraderClassData> classData = GraderClassData.of(request, GraderCommand.jvmOptions(request));
        Process grader = start(request, folder, classData);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread killOnExit = new Thread(() -> {
            interrupted.set(true);
            ProcessTree.kill(grader.toHandle());
        }, "mpgrade-kill-grader-" + grader.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
        Deque<String> stderrTail = new ArrayDeque<>();
        Thread out = pump(grader.getInputStream(), progress::line, "mpgrade-grader-out-" + grader.pid());
        Thread err = pump(grader.getErrorStream(), line -> keepTail(stderrTail, line), "mpgrade-grader-err-" + grader.pid());
        boolean timedOut;
        try {
            send(grader, key, new GraderJob(request.checksPackage(),
                    request.submissionClassPath().stream().map(Path::toString).toList(), request.seed(),
                    folder.results().toString(), request.timeLimit().toMillis(), request.schedules(),
                    request.runsAtOnce()));
            timedOut = !grader.waitFor(request.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            ProcessTree.kill(grader.toHandle());
            Thread.currentThread().interrupt();
            throw new GradingException("grading was interrupted", null, e);
        } finally {
            if (grader.isAlive()) {
                ProcessTree.kill(grader.toHandle());
            }
            removeHook(killOnExit);
            join(out);
            join(err);
        }
        if (interrupted.get()) {
            throw new GradingException("grading stopped because the build was interrupted (Ctrl-C, or a cancelled"
                    + " CI job); the grader and its processes were ended. Run mvn grade again to grade.");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int status = grader.exitValue();
        boolean killed = !timedOut && killedBySignal(status);
        GraderResults results = readResults(folder.results(), key, timedOut, status, stderrTail, request);
        CoverageSummary coverage = request.coverage().enabled()
                ? JacocoCoverage.analyze(folder.coverageData(), request.classesDirectory(), request.sourceDirectories(),
                request.outputDirectory().resolve("coverage"), request.coverage().includes())
                : null;
        GradeReport report = toReport(results, elapsed, request.seed(), coverage, timedOut
                ? "grading stopped at the time limit of " + request.timeLimit().toSeconds() + " s before every check"
                + " finished; the checks that did not finish get 0 points. A program of yours may be very slow or"
                + " stuck: run it on its own to see, or raise the limit (-Dmpgrade.timeLimit=SECONDS)."
                : killed ? killedMessage(status, "before every check finished; the checks that did not finish get"
                + " 0 points") : null);
        if (!timedOut && !killed && status != GraderMain.GRADED) {
            throw new GradingException(crashMessage(status, stderrTail), report, null);
        }
        classData.ifPresent(GraderClassData::writeIfMissing); // for the next grading, once this one is done
        return report;
    }

    private static Process start(GradingRequest request, GraderFolder folder, Optional<GraderClassData> classData)
            throws GradingException {
        if (!Files.isDirectory(request.classesDirectory())) {
            throw new GradingException("there are no compiled classes to grade in " + request.classesDirectory()
                    + ": compile the project first (mvn compile), or check the classes directory setting.");
        }
        if (!Files.isExecutable(request.javaExecutable())) {
            throw new GradingException("cannot run the grader: " + request.javaExecutable() + " is not a java"
                    + " program. Point the JDK setting (-Dmpgrade.jdk) at a JDK 17 or newer.");
        }
        try {
            List<String> classDataOptions = classData.map(GraderClassData::jvmOptions).orElse(List.of());
            Files.writeString(folder.argumentFile(), GraderCommand.argumentFile(request, classDataOptions),
                    StandardCharsets.UTF_8);
            List<String> command = request.sandbox().wrap(
                    List.of(request.javaExecutable().toString(), "@" + folder.argumentFile()),
                    visible(request, folder, classDataOptions.isEmpty() ? Optional.empty()
                            : classData.map(GraderClassData::archive)));
            return new ProcessBuilder(command).directory(folder.work().toFile()).start();
        } catch (IOException e) {
            throw new GradingException("cannot start the grader JVM with " + request.javaExecutable() + ": "
                    + e.getMessage(), null, e);
        }
    }

    /**
     * What a sandboxed grader JVM sees besides the system: the JDK, its own and the programs' class
     * paths, the submission's classes, the grader JVM's class-data archive; and it writes only in
     * the output folder, where it works.
     */
    private static SandboxPaths visible(GradingRequest request, GraderFolder folder, Optional<Path> classData)
            throws IOException {
        List<Path> readOnly = new ArrayList<>();
        Path java = request.javaExecutable().toRealPath();
        readOnly.add(java.getParent().getParent());
        readOnly.addAll(request.graderClassPath());
        readOnly.addAll(request.submissionClassPath());
        classData.ifPresent(readOnly::add);
        return new SandboxPaths(readOnly, List.of(request.outputDirectory()), folder.work());
    }

    /** The key line, then the job: the only way either reaches the grader. */
    private static void send(Process grader, byte[] key, GraderJob job) {
        try (OutputStream in = grader.getOutputStream()) {
            in.write((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            in.write(new ObjectMapper().writeValueAsBytes(job));
        } catch (IOException e) {
            // The grader died before reading its job; its exit status and stderr tell why.
        }
    }

    /**
     * Whether the grader JVM ended by SIGKILL or SIGTERM from another process: inside the sandbox
     * only the submission's own programs can send one, by killing what is not their own.
     */
    private static boolean killedBySignal(int status) {
        return status == SIGNALLED + 9 || status == SIGNALLED + 15;
    }

    private static String killedMessage(int status, String when) {
        return "grading stopped: the grader was killed (signal " + (status - SIGNALLED) + ") " + when
                + ". Does a program of yours end processes"
                + " that are not its own (ProcessHandle.destroy, Runtime.exec(\"kill ...\"))? Remove that code.";
    }

    private static GraderResults readResults(Path file, byte[] key, boolean timedOut, int status,
                                             Deque<String> stderrTail, GradingRequest request) throws GradingException {
        if (!Files.exists(file)) {
            if (killedBySignal(status) && !timedOut) {
                throw new GradingException(killedMessage(status, "before any check finished"));
            }
            if (timedOut) {
                throw new GradingException("grading stopped at the time limit of " + request.timeLimit().toSeconds()
                        + " s before any check finished. A program of yours may be stuck or very slow: run it on its"
                        + " own to see, or raise the limit (-Dmpgrade.timeLimit=SECONDS).");
            }
            throw new GradingException(crashMessage(status, stderrTail));
        }
        try {
            GraderResults results = new ObjectMapper().readValue(SignedFile.read(file, key), GraderResults.class);
            if (!timedOut && status == GraderMain.GRADED && !results.complete()) {
                throw new SignedFile.TamperedException(file + " holds a checkpoint, not the final results");
            }
            return results;
        } catch (SignedFile.TamperedException e) {
            throw new GradingException("the grader's results were altered while grading ran (" + e.getMessage()
                    + "). Something in the submission wrote over them; no score can be given. Remove code that"
                    + " writes files outside your program's own folder and grade again.", null, e);
        } catch (IOException e) {
            throw new GradingException("cannot read the grader's results " + file + ": " + e.getMessage(), null, e);
        }
    }

    private static String crashMessage(int status, Deque<String> stderrTail) {
        String tail;
        synchronized (stderrTail) {
            tail = String.join("\n", stderrTail);
        }
        String cause = status == GraderMain.BAD_JOB
                ? "the grader could not run its checks (exit status " + status + ")"
                : "the grader JVM crashed (exit status " + status + ")";
        return cause + ". This is a problem of the grading setup, not of your code; please report it"
                + (tail.isEmpty() ? "." : " with the grader's last words:\n" + tail);
    }

    static GradeReport toReport(GraderResults results, Duration elapsed, Long seed, CoverageSummary coverage,
                                String stoppedEarly) {
        Map<String, List<CheckReport>> byExercise = new LinkedHashMap<>();
        for (GradedCheck c : results.checks()) {
            String message = c.finished() ? c.message() : "did not finish: grading stopped before this check ended";
            byExercise.computeIfAbsent(c.exercise(), k -> new ArrayList<>()).add(new CheckReport(c.id(), c.name(),
                    c.score(), c.maxScore(), c.passed(), message, c.seed(), seconds(c.seconds()), c.timeline()));
        }
        List<ExerciseReport> exercises = byExercise.entrySet().stream()
                .map(e -> new ExerciseReport(e.getKey(), e.getValue(),
                        seconds(results.exerciseSeconds().getOrDefault(e.getKey(), 0.0))))
                .collect(Collectors.toList());
        return new GradeReport(exercises, elapsed, seed, coverage, stoppedEarly);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it kills the grader
        }
    }

    private static Thread pump(InputStream stream, GradingProgress sink, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    sink.line(line);
                }
            } catch (IOException e) {
                // the grader is gone; its results file is what counts
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void keepTail(Deque<String> tail, String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > STDERR_LINES_KEPT) {
                tail.removeFirst();
            }
        }
    }

    private static void join(Thread pump) {
        try {
            pump.join(OUTPUT_DRAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
