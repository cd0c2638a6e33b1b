package io.github.mpgrade.grading.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mpgrade.grading.ProcessTree;
import io.github.mpgrade.harness.junit.CheckObserver;
import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.GradingListener;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import io.github.mpgrade.harness.junit.PlannedCheck;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The grader JVM: runs the checks against a submission and writes their results, signed, to the
 * file the job names. Its class path holds the checks, the harness and this module, never the
 * submission's classes: student code runs only in the child JVMs the harness launches.
 *
 * <p>Its stdin brings a line with the hex signing key, then the {@link GraderJob} as JSON; the
 * forking side closes it. Its stdout carries one progress line per check, for display only.
 * Exit status: {@value #GRADED} when the results are written, {@value #BAD_JOB} when the job
 * cannot be run (no checks, unreadable input), {@value #CRASHED} on any other failure.
 */
public final class GraderMain {
    public static final int GRADED = 0;
    public static final int BAD_JOB = 2;
    public static final int CRASHED = 3;
    private static final Duration MIN_RESERVE = Duration.ofSeconds(5);

    private GraderMain() {
    }

    public static void main(String[] args) {
        // Only progress lines go to stdout; anything else that prints goes to stderr.
        PrintStream progress = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int status;
        try {
            status = run(System.in, progress);
        } catch (RuntimeException | Error e) {
            System.err.println("mpgrade: the grader failed: " + e);
            e.printStackTrace();
            status = CRASHED;
        }
        // Student code may have started processes outside the harness's coordinator: none outlives the grader.
        ProcessTree.killDescendants(ProcessHandle.current());
        System.exit(status);
    }

    static int run(InputStream input, PrintStream progress) {
        byte[] key;
        GraderJob job;
        ObjectMapper json = new ObjectMapper();
        try {
            byte[] bytes = input.readAllBytes();
            int newline = indexOfNewline(bytes);
            if (newline < 0) {
                System.err.println("mpgrade: the grader expects a key line and a job on its standard input");
                return BAD_JOB;
            }
            key = HexFormat.of().parseHex(new String(bytes, 0, newline, StandardCharsets.US_ASCII).trim());
            job = json.readValue(Arrays.copyOfRange(bytes, newline + 1, bytes.length), GraderJob.class);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("mpgrade: the grader cannot read its job: " + e.getMessage());
            return BAD_JOB;
        }
        Path resultsFile = Path.of(job.resultsFile());
        CheckTracker tracker = new CheckTracker(progress::println, state -> write(json, resultsFile, key, state));
        Launcher launcher = LauncherFactory.create();
        Duration budget = exercisesBudget(job);
        Map<String, String> parameters = parameters(job);
        double points = plannedPoints(launcher, request(job, parameters));
        if (points > 0 && !budget.isZero()) {
            parameters.putAll(GradingConfiguration.timePerPoint(Duration.ofMillis(Math.round(budget.toMillis() / points))));
        }
        GradingListener grading;
        try (ExerciseClock clock = new ExerciseClock(tracker, budget, Thread.currentThread(),
                () -> ProcessTree.killDescendants(ProcessHandle.current()))) {
            grading = new GradingListener(clock);
            launcher.execute(request(job, parameters), grading, clock);
        }
        Thread.interrupted(); // the last exercise may have been stopped: the results are still written
        List<CheckResult> results = grading.results();
        if (results.isEmpty()) {
            System.err.println("mpgrade: there are no checks with @Points in the package " + job.checksPackage()
                    + " on the grader's class path");
            return BAD_JOB;
        }
        write(json, resultsFile, key, tracker.complete());
        return GRADED;
    }

    /**
     * The configuration parameters that tell the checks what the job asks: the submission, the seed
     * to replay, and how many schedules to explore and how many runs to make at once when the job
     * says (else the harness's defaults).
     */
    static Map<String, String> parameters(GraderJob job) {
        GradingConfiguration configuration = new GradingConfiguration(job.submissionClassPath(),
                job.seed() == null ? OptionalLong.empty() : OptionalLong.of(job.seed()));
        Map<String, String> parameters = new LinkedHashMap<>(configuration.parameters());
        if (job.schedules() != null) {
            parameters.put(GradingConfiguration.SCHEDULES, Integer.toString(job.schedules()));
        }
        if (job.runsAtOnce() != null) {
            parameters.put(GradingConfiguration.RUNS_AT_ONCE, Integer.toString(job.runsAtOnce()));
        }
        return parameters;
    }

    private static LauncherDiscoveryRequest request(GraderJob job, Map<String, String> parameters) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(job.checksPackage()))
                .configurationParameters(parameters)
                .build();
    }

    /** What the checks are worth together, as the grading will plan them: the exploration's time is shared by points. */
    private static double plannedPoints(Launcher launcher, LauncherDiscoveryRequest request) {
        List<PlannedCheck> planned = new ArrayList<>();
        new GradingListener(new CheckObserver() {
            @Override
            public void planned(List<PlannedCheck> checks) {
                planned.addAll(checks);
            }
        }).testPlanExecutionStarted(launcher.discover(request));
        return planned.stream().mapToDouble(PlannedCheck::maxScore).sum();
    }

    /**
     * The time the exercises share: the grading's limit less the time this JVM took to start, and
     * less a reserve for writing the results and for the JVMs to end (a tenth, at least 5 s).
     */
    static Duration exercisesBudget(GraderJob job) {
        Duration limit = Duration.ofMillis(job.timeLimitMillis());
        Duration reserve = limit.dividedBy(10).compareTo(MIN_RESERVE) < 0 ? MIN_RESERVE : limit.dividedBy(10);
        Duration budget = limit.minus(reserve).minusMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        return budget.isNegative() ? Duration.ZERO : budget;
    }

    private static void write(ObjectMapper json, Path file, byte[] key, GraderResults results) {
        try {
            SignedFile.write(file, key, json.writeValueAsBytes(results));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + file + ": " + e.getMessage(), e);
        }
    }

    private static int indexOfNewline(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
