package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Folders;
import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradingException;
import io.github.mpgrade.grading.GradingProgress;
import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.GradingSession;
import io.github.mpgrade.grading.report.ReportSet;
import io.github.mpgrade.grading.report.Reports;
import io.github.mpgrade.grading.report.html.HtmlReport;
import io.github.mpgrade.grading.sandbox.Protection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a folder of submissions into a gradebook. Each submission is compiled here (javax.tools)
 * and graded in a grader JVM of its own, with its own child JVMs and limits, several at once; a
 * submission that does not compile, hangs, crashes or starts too much costs only its own row.
 * Submissions unchanged since their last grading (same sources, same grader and settings) keep
 * their results, so a batch stopped halfway, or run again after a grader fix, redoes only what
 * changed.
 *
 * <p>Layout of {@code OUT}: {@code gradebook.csv}, {@code summary.md}, {@code report.html}, {@code canvas.csv},
 * {@code moodle.csv}, {@code batch.properties}, and per submission {@code <name>/result.json}, {@code feedback.md},
 * {@code report.html} and {@code batch-record.properties}. Scratch files (compiled classes, grader folders) live in
 * {@code OUT/.work} while a submission is graded.
 */
public final class BatchGrading {
    /** Scratch space under OUT: removed as each submission finishes. */
    public static final String WORK_FOLDER = ".work";
    /** Held while a batch runs: two batches in one output folder would kill each other's processes. */
    static final String LOCK_FILE = ".lock";
    /** What the batch writes in OUT besides a folder per submission. */
    static final Set<String> OUTPUT_FILES = Set.of(Gradebook.FILE_NAME, BatchSummary.FILE_NAME, LmsExport.CANVAS_FILE,
            LmsExport.MOODLE_FILE, BatchManifest.FILE_NAME, BatchHtmlReport.FILE_NAME);
    private static final Duration GUARD_INTERVAL = Duration.ofMillis(250);
    /** A submission of the assignment compiles in well under a second; a minute means javac is stuck. */
    static final Duration COMPILE_TIME_LIMIT = Duration.ofMinutes(1);
    /**
     * The least time the empty submission that tells the checks and their points may take: its
     * checks end at once, but a loaded machine may take longer than a submission's own (short)
     * limit just to start the grader, and without the plan no submission can be graded.
     */
    static final Duration PLAN_TIME_LIMIT = Duration.ofMinutes(1);

    private final BatchOptions options;
    private final BatchListener listener;
    private final SubmissionCompiler compiler;
    private final PointPlan plan;
    /** Set when this JVM is shutting down (Ctrl-C): what fails then fails for that reason. */
    private volatile boolean interrupted;

    public BatchGrading(BatchOptions options, BatchListener listener) {
        this.options = options;
        this.listener = listener;
        this.compiler = new SubmissionCompiler(options.runtimeClassPath(), COMPILE_TIME_LIMIT);
        this.plan = new PointPlan(this::gradeEmptySubmission);
    }

    /** What a batch did: every submission's record (sorted by name), and how many were graded now. */
    public record Result(List<SubmissionRecord> records, int graded, int reused, Duration elapsed) {
    }

    /**
     * Grades this shard's submissions and writes the gradebook, summary and LMS files.
     *
     * @throws IllegalArgumentException when the folders are not usable; the message says how to fix them
     * @throws IllegalStateException    when the batch was interrupted, or grading failed for a reason not
     *                                  of a submission's making
     */
    public Result run() throws InterruptedException {
        long start = System.nanoTime();
        Path out = options.out().toAbsolutePath().normalize();
        List<Submission> submissions = submissionsOfThisShard(out);
        createFolder(out);
        try (FileChannel lockFile = FileChannel.open(out.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IllegalStateException("another batch is writing to mpgrade.out=" + options.out()
                        + ": wait for it to end, or give this one an output folder of its own");
            }
            return run(submissions, out, start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + out.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The lock, or null when another batch holds it (in another JVM, or in this one). */
    private static FileLock tryLock(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** The batch, with its output folder to itself. */
    private Result run(List<Submission> submissions, Path out, long start) throws InterruptedException {
        Path work = out.resolve(WORK_FOLDER);
        ProcessGuard.killProcessesNaming(work); // left by a batch that was killed itself
        deleteRecursively(work);

        String graderVersion = Fingerprints.grader(graderFiles(), options.scoringSettings());
        List<SubmissionRecord> records = new ArrayList<>();
        Map<Submission, String> toGrade = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            String fingerprint = Fingerprints.submission(submission, graderVersion);
            SubmissionRecord kept = options.force() ? null : reusable(out.resolve(submission.name()), fingerprint);
            if (kept != null) {
                records.add(kept);
            } else {
                toGrade.put(submission, fingerprint);
            }
        }
        listener.planned(submissions.size(), records.size());
        records.forEach(record -> listener.finished(record, true));
        try {
            records.addAll(gradeAll(toGrade, work));
        } finally {
            listener.completed();
            ProcessGuard.killProcessesNaming(work);
            deleteRecursively(work);
        }
        List<SubmissionRecord> sorted = Gradebook.sorted(records);
        writeOutputs(sorted, out, options.roster(), options.lmsAssignment(), options.sandbox().protections());
        BatchManifest.of(options.shard(), graderVersion, options.sandbox().protections(), sorted).write(out);
        return new Result(sorted, toGrade.size(), records.size() - toGrade.size(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The submissions this run grades, after checking that the folders make sense. */
    private List<Submission> submissionsOfThisShard(Path out) {
        Path submissionsFolder = options.submissions().toAbsolutePath().normalize();
        if (out.startsWith(submissionsFolder)) {
            throw new IllegalArgumentException("mpgrade.out=" + options.out() + " is inside mpgrade.submissions="
                    + options.submissions() + ", so it would be graded as a submission: choose an output folder outside it");
        }
        List<Submission> all = Submission.inFolder(submissionsFolder);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("mpgrade.submissions=" + options.submissions() + " holds no submission:"
                    + " each submission is a folder of it (e.g. submissions/alice/src/main/java/...)");
        }
        for (Submission submission : all) {
            if (OUTPUT_FILES.contains(submission.name())) {
                throw new IllegalArgumentException("the submission folder " + submission.folder() + " has the name of a"
                        + " file the batch writes next to the submissions' folders: rename it");
            }
        }
        // An empty shard is no mistake: n shards of fewer than n submissions.
        return all.stream().filter(submission -> options.shard().contains(submission.name())).toList();
    }

    /** Grades the submissions, {@code parallelism} at a time, under one process guard; in their order. */
    private List<SubmissionRecord> gradeAll(Map<Submission, String> fingerprints, Path work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "mpgrade-batch");
            thread.setDaemon(true);
            return thread;
        });
        try (ProcessGuard guard = new ProcessGuard(options.maxTasks(), GUARD_INTERVAL)) {
            Thread killOnExit = new Thread(() -> {
                interrupted = true;
                guard.killAll();
                ProcessGuard.killProcessesNaming(work);
            }, "mpgrade-batch-kill-on-exit");
            Runtime.getRuntime().addShutdownHook(killOnExit);
            try {
                List<Future<SubmissionRecord>> futures = new ArrayList<>();
                fingerprints.forEach((submission, fingerprint) -> futures.add(pool.submit(() -> {
                    listener.started(submission);
                    SubmissionRecord record = grade(submission, fingerprint, work.resolve(submission.name()), guard);
                    listener.finished(record, false);
                    return record;
                })));
                List<SubmissionRecord> records = new ArrayList<>();
                for (Future<SubmissionRecord> future : futures) {
                    records.add(future.get());
                }
                return records;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it kills what is left
                }
            }
        } catch (ExecutionException e) {
            if (interrupted) {
                throw new IllegalStateException("the batch was interrupted (Ctrl-C, or a cancelled job) and its processes"
                        + " ended; run it again: the submissions graded so far are kept", e.getCause());
            }
            throw new IllegalStateException("batch grading failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The gradebook, summary and LMS files of these records (a batch's, or merged shards'). */
    static void writeOutputs(List<SubmissionRecord> records, Path out, LmsExport.Roster roster, String lmsAssignment,
                             Set<Protection> protections) {
        Gradebook.write(records, out.resolve(Gradebook.FILE_NAME));
        writeString(out.resolve(BatchSummary.FILE_NAME), BatchSummary.markdown(records, protections));
        writeString(out.resolve(BatchHtmlReport.FILE_NAME), BatchHtmlReport.of(records));
        LmsExport.write(records, roster, lmsAssignment, out);
    }

    /**
     * The earlier record of a submission, if it graded the same sources with the same grader and
     * its reports are there. Grading that could not run (a crash, Ctrl-C) is never reused.
     */
    private static SubmissionRecord reusable(Path submissionOutput, String fingerprint) {
        Optional<SubmissionRecord> earlier;
        try {
            earlier = SubmissionRecord.read(submissionOutput);
        } catch (IllegalStateException damaged) {
            return null; // graded again, and written afresh
        }
        return earlier.filter(record -> record.fingerprint().equals(fingerprint))
                .filter(record -> record.outcome() != SubmissionRecord.Outcome.NOT_GRADED)
                .filter(record -> Files.isRegularFile(submissionOutput.resolve("result.json")))
                .filter(record -> Files.isRegularFile(submissionOutput.resolve("feedback.md")))
                .filter(record -> Files.isRegularFile(submissionOutput.resolve(HtmlReport.FILE_NAME)))
                .orElse(null);
    }

    /** Compiles and grades one submission, writes its reports and record; never throws for the submission's faults. */
    private SubmissionRecord grade(Submission submission, String fingerprint, Path scratch, ProcessGuard guard) {
        long start = System.nanoTime();
        Path output = options.out().resolve(submission.name());
        deleteRecursively(scratch);
        try {
            Graded graded;
            try {
                SubmissionCompiler.Result compiled = compiler.compile(submission, scratch.resolve("classes"));
                if (compiled.classes().isEmpty()) {
                    graded = new Graded(SubmissionRecord.Outcome.DOES_NOT_COMPILE,
                            plan.zeroReport("the submission does not compile, so no check ran; the compiler's errors"
                                    + " are below."), compiled.message());
                } else {
                    graded = gradeCompiled(submission, compiled.classes().get(), scratch, guard);
                }
            } catch (UncheckedIOException e) {
                // An unreadable file of the submission, or a full disk: this row only, the batch goes on.
                String message = "grading could not run: " + e.getMessage();
                graded = new Graded(SubmissionRecord.Outcome.NOT_GRADED, plan.zeroReport(message), message);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            writeReports(graded, output, submission.sources());
            SubmissionRecord record = SubmissionRecord.of(submission.name(), graded.outcome(), graded.report(),
                    graded.message(), fingerprint, elapsed);
            record.write(output);
            return record;
        } finally {
            deleteRecursively(scratch);
        }
    }

    /** A report, how grading went, and the message for the instructor (empty when it went normally). */
    private record Graded(SubmissionRecord.Outcome outcome, GradeReport report, String message) {
    }

    private Graded gradeCompiled(Submission submission, Path classes, Path scratch, ProcessGuard guard) {
        GradingRequest request = request(classes, List.of(submission.sources()), scratch, options.timeLimit());
        try (ProcessGuard.Watch watch = guard.watch(scratch)) {
            long start = System.nanoTime();
            try {
                GradeReport report = GradingSession.grade(request, GradingProgress.none());
                if (report.stoppedEarly() == null) {
                    return new Graded(SubmissionRecord.Outcome.GRADED, report, "");
                }
                // Stopped by the time limit, by the guard, or by a program that killed the grader.
                SubmissionRecord.Outcome outcome = watch.exceeded() ? SubmissionRecord.Outcome.TOO_MANY_TASKS
                        : Duration.ofNanos(System.nanoTime() - start).compareTo(options.timeLimit()) >= 0
                        ? SubmissionRecord.Outcome.TIMED_OUT : SubmissionRecord.Outcome.GRADER_KILLED;
                String message = outcome == SubmissionRecord.Outcome.TOO_MANY_TASKS
                        ? tooManyTasks(guard) : report.stoppedEarly();
                return new Graded(outcome, new GradeReport(report.exercises(), report.elapsed(), report.seed(),
                        report.coverage(), message), message);
            } catch (GradingException e) {
                // Stopped before any check finished: no report, so the outcome is told by what stopped it.
                SubmissionRecord.Outcome outcome = watch.exceeded() ? SubmissionRecord.Outcome.TOO_MANY_TASKS
                        : Duration.ofNanos(System.nanoTime() - start).compareTo(options.timeLimit()) >= 0
                        ? SubmissionRecord.Outcome.TIMED_OUT : SubmissionRecord.Outcome.NOT_GRADED;
                String message = outcome == SubmissionRecord.Outcome.TOO_MANY_TASKS ? tooManyTasks(guard)
                        : e.getMessage();
                GradeReport partial = e.partialReport().orElseGet(() -> plan.zeroReport(message));
                GradeReport report = new GradeReport(partial.exercises(), partial.elapsed(), partial.seed(),
                        partial.coverage(), message);
                return new Graded(outcome, report, message);
            }
        }
    }

    private static String tooManyTasks(ProcessGuard guard) {
        return "grading stopped: the submission's processes and threads passed " + guard.maxTasks()
                + " at once (a loop that starts processes or threads?), so all of them were killed;"
                + " the checks that had not finished get 0 points.";
    }

    /** One submission's grading request: its grader JVM works under its scratch folder, and so do its child JVMs. */
    private GradingRequest request(Path classes, List<Path> sources, Path scratch, Duration timeLimit) {
        Path tmp = scratch.resolve("tmp").toAbsolutePath(); // the grader JVM's working folder is another
        createFolder(tmp);
        // A child JVM's command line names its class-path file in the coordinator's temporary
        // folder: with it under the scratch folder, every JVM of this submission can be found.
        // C1 only, for the grader JVM and every child JVM, comes with every grading (GradingSession, Harness)
        List<String> graderJvmOptions = List.of("-Xmx" + options.graderMaxHeap(), "-Djava.io.tmpdir=" + tmp);
        return GradingRequest.builder(options.graderClassPath(), classes, options.runtimeClassPath(), scratch)
                .checksPackage(options.checksPackage())
                .javaExecutable(options.javaExecutable())
                .sourceDirectories(sources)
                .timeLimit(timeLimit)
                .seed(options.seed())
                .schedules(options.schedules())
                .runsAtOnce(GradingRequest.runsAtOnceFor(Runtime.getRuntime().availableProcessors(), options.parallelism()))
                .coverage(GradingRequest.CoverageOptions.off())
                .graderJvmOptions(graderJvmOptions)
                .childJvmOptions(List.of("-Xmx" + options.childMaxHeap()))
                .systemProperty(GradingRequest.MAX_PROCESSES_PROPERTY, Integer.toString(options.maxProcesses()))
                // a class-data archive is made for the next grading of the same output folder: a batch has none
                .systemProperty(GradingRequest.CLASS_DATA_PROPERTY, "false")
                .sandbox(options.sandbox())
                .build();
    }

    /** Grades an empty submission: every check, each with its points, and none earned. */
    private GradeReport gradeEmptySubmission() {
        Path scratch = options.out().toAbsolutePath().normalize().resolve(WORK_FOLDER).resolve(".plan");
        Path classes = scratch.resolve("classes");
        createFolder(classes);
        try {
            Duration timeLimit = options.timeLimit().compareTo(PLAN_TIME_LIMIT) < 0
                    ? PLAN_TIME_LIMIT : options.timeLimit();
            return GradingSession.grade(request(classes, List.of(), scratch, timeLimit), GradingProgress.none());
        } catch (GradingException e) {
            return e.partialReport().orElseThrow(() -> new IllegalStateException(
                    "cannot learn the checks and their points from the grader: " + e.getMessage(), e));
        } finally {
            ProcessGuard.killProcessesNaming(scratch);
            deleteRecursively(scratch);
        }
    }

    private static void writeReports(Graded graded, Path output, Path sources) {
        ReportSet reports = (graded.outcome() == SubmissionRecord.Outcome.DOES_NOT_COMPILE
                ? ReportSet.batchSubmissionNotCompiling(graded.message()) : ReportSet.batchSubmission())
                .withSources(List.of(sources));
        try {
            Reports.write(graded.report(), output, reports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + output + ": " + e.getMessage(), e);
        }
    }

    /** Every file of the grader and runtime: what the grader version is a hash of. */
    private List<Path> graderFiles() {
        List<Path> files = new ArrayList<>(options.graderClassPath());
        files.addAll(options.runtimeClassPath());
        return files;
    }

    static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static void writeString(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
