package io.github.mpgrade.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.junit.CheckResult;
import io.github.mpgrade.harness.junit.Grader;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import io.github.mpgrade.multiprocessing.Process;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Grades every submission of the corpus as the grader grades a student project — its sources
 * compiled, the assignment's checks run against its classes — {@value #DEFAULT_REPEATS} times (two
 * submissions at a time; the first time in full, then in the exercises of the packages it changed,
 * which keeps the test within CI's budget — the reference itself is graded in full every time), and
 * asserts on every repetition: a correct one gets full marks, a buggy one loses points in exactly the
 * checks its {@code expected.properties} names, no more and no fewer. Prints a table of scores, times
 * and the checks that lost points.
 *
 * <p>Each safety property explores {@value #DEFAULT_SCHEDULES} schedules, not the grader's default
 * of 200, unless {@code -Dmpgrade.corpus.schedules=N} says otherwise: at the grader's depth the corpus
 * takes ~7 minutes on 2 cores, more than its share of CI, and it passes at both depths (each of its
 * bugs shows in a fixed schedule or among the first explored).
 */
class CorpusTest {
    private static final int DEFAULT_REPEATS = 2;
    private static final int DEFAULT_SCHEDULES = 20;
    private static final List<String> EXERCISES = List.of("philosophers", "thread-philosophers", "counter", "pingpong");
    private static final Map<String, String> TABLE = new TreeMap<>();
    private static final String CHECKS = "io.github.mpgrade.assignment";
    /** The check classes of each package of the student's code. */
    private static final Map<String, List<String>> CHECK_CLASSES = Map.of(
            "philosophers", List.of("PhilosophersChecks", "ThreadPhilosophersChecks"),
            "counter", List.of("CounterChecks"),
            "pingpong", List.of("PingPongChecks"));

    private static Path reference;
    private static Path runtime;
    private static Path work;

    @BeforeAll
    static void locate() throws URISyntaxException, IOException {
        reference = Path.of(System.getProperty("mpgrade.reference"));
        runtime = Path.of(Process.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        work = Files.createDirectories(Path.of("target", "corpus"));
    }

    @TestFactory
    Stream<DynamicTest> everySubmissionGetsItsDeclaredScoreOnEveryRun() throws IOException {
        Path corpus = Path.of(System.getProperty("mpgrade.corpus"));
        String only = System.getProperty("mpgrade.corpus.only", "");
        List<Submission> submissions;
        try (Stream<Path> folders = Files.list(corpus)) {
            submissions = folders.filter(Files::isDirectory).sorted().map(Submission::read)
                    .filter(s -> only.isEmpty() || Set.of(only.split(",")).contains(s.name())).toList();
        }
        int repeats = Integer.getInteger("mpgrade.corpus.repeats", DEFAULT_REPEATS);
        // Gradings wait on JVM starts as much as they compute: two at a time keep both cores busy.
        ExecutorService graders = Executors.newFixedThreadPool(Integer.getInteger("mpgrade.corpus.parallel", 2));
        List<Future<Gradings>> gradings = submissions.stream()
                .map(s -> graders.submit(() -> gradeRepeatedly(s, repeats))).toList();
        graders.shutdown();
        return IntStream.range(0, submissions.size()).mapToObj(i -> DynamicTest.dynamicTest(
                submissions.get(i).name() + ": " + submissions.get(i).description(),
                () -> assertDeclaredScore(submissions.get(i), gradings.get(i).get())));
    }

    @Test
    void theEmptySkeletonsOfTheStudentTemplateScoreZeroWithAMessagePerCheck() throws IOException {
        Path template = Path.of(System.getProperty("mpgrade.template"));
        Path classes = Submission.compileTree("the student template", template, runtime,
                work.resolve("student-template").resolve("classes"));
        List<CheckResult> results = Grader.grade(CHECKS,
                List.of(classes.toString(), runtime.toString()), Map.of());
        String report = describe(results);
        assertEquals(EXERCISES, List.copyOf(maxByExercise(results).keySet()), report);
        for (CheckResult check : results) {
            assertEquals(0.0, check.score(), () -> check.exercise() + " " + check.id() + " gave points\n" + report);
            if (check.maxScore() > 0) { // a note (0 points) that finds nothing has nothing to say
                assertTrue(check.message() != null && !check.message().isBlank(), () -> check.id() + " says nothing");
            }
        }
        System.out.println("The student template, graded:\n" + report);
    }

    /** Every grading of one submission: the check results and wall time of each repetition. */
    private record Gradings(List<List<CheckResult>> results, List<Long> millis) {
    }

    private static Gradings gradeRepeatedly(Submission submission, int repeats) throws IOException {
        Path classes = submission.compile(reference, runtime, work.resolve(submission.name()));
        List<List<CheckResult>> results = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        List<String> classPath = List.of(classes.toString(), runtime.toString());
        Map<String, String> parameters = Map.of(GradingConfiguration.SCHEDULES,
                Integer.toString(Integer.getInteger("mpgrade.corpus.schedules", DEFAULT_SCHEDULES)));
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Set<String> changed = submission.changedPackages();
            results.add(i == 0 || changed.isEmpty()
                    ? Grader.grade(CHECKS, classPath, parameters)
                    : Grader.grade(checksOf(changed), classPath, parameters));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return new Gradings(results, millis);
    }

    /**
     * The check classes of the exercises whose programs live in these packages. An exercise's
     * checks run only its own package's programs, so a package a submission left as the reference
     * wrote it grades as the reference does — which {@code correct-reference} checks on every run.
     */
    private static List<DiscoverySelector> checksOf(Set<String> packages) {
        return packages.stream().flatMap(p -> CHECK_CLASSES.getOrDefault(p, List.of()).stream())
                .<DiscoverySelector>map(c -> DiscoverySelectors.selectClass(CHECKS + "." + c)).toList();
    }

    private static void assertDeclaredScore(Submission submission, Gradings gradings) {
        List<CheckResult> first = gradings.results().get(0);
        TABLE.put(submission.name(), row(submission, first, gradings.millis()));
        assertEquals(EXERCISES, List.copyOf(maxByExercise(first).keySet()),
                submission.name() + ": every exercise is graded\n" + describe(first));
        for (int i = 0; i < gradings.results().size(); i++) {
            List<CheckResult> results = gradings.results().get(i);
            String run = submission.name() + ", run " + (i + 1) + " of " + gradings.results().size();
            String report = describe(results);
            Set<CheckId> graded = results.stream().map(CheckId::of).collect(Collectors.toCollection(TreeSet::new));
            Set<CheckId> unknown = new TreeSet<>(submission.fail());
            unknown.removeAll(graded);
            assertTrue(unknown.isEmpty(), () -> run + ": expected.properties names checks this run did not grade: "
                    + unknown + "\n" + report);
            Set<CheckId> lost = lostPoints(results);
            Set<CheckId> unexpected = new TreeSet<>(lost);
            unexpected.removeAll(submission.fail());
            Set<CheckId> kept = new TreeSet<>(submission.fail());
            kept.removeAll(lost);
            assertTrue(unexpected.isEmpty() && kept.isEmpty(), () -> run + ": "
                    + (unexpected.isEmpty() ? "" : "lost points in checks it should pass: " + unexpected + "; ")
                    + (kept.isEmpty() ? "" : "kept the points of checks it should fail: " + kept + "; ")
                    + "it should fail exactly " + submission.fail() + "\n" + report);
            for (CheckResult failed : results.stream().filter(r -> !r.passed()).toList()) {
                assertTrue(failed.seed() != null && failed.message() != null && !failed.message().isBlank(),
                        run + ": a failed check names its seed and says why: " + failed);
            }
        }
    }

    /** The checks that earned less than they are worth. */
    private static Set<CheckId> lostPoints(List<CheckResult> results) {
        return results.stream().filter(r -> r.score() < r.maxScore()).map(CheckId::of)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Double> byExercise(List<CheckResult> results) {
        return results.stream().collect(Collectors.groupingBy(CheckResult::exercise, LinkedHashMap::new,
                Collectors.summingDouble(CheckResult::score)));
    }

    private static Map<String, Double> maxByExercise(List<CheckResult> results) {
        return results.stream().collect(Collectors.groupingBy(CheckResult::exercise, LinkedHashMap::new,
                Collectors.summingDouble(CheckResult::maxScore)));
    }

    private static String describe(List<CheckResult> results) {
        return results.stream().map(r -> String.format("  %-20s %-50s %4.1f/%4.1f %s", r.exercise(), r.id(), r.score(),
                r.maxScore(), r.passed() ? (r.message() == null ? "" : "(aborted: " + r.message() + ")")
                        : "\n" + r.message().indent(6))).collect(Collectors.joining("\n"));
    }

    /** The submission's scores per exercise and times, then the checks of its first run that lost points. */
    private static String row(Submission s, List<CheckResult> results, List<Long> millis) {
        Map<String, Double> scores = byExercise(results);
        Map<String, Double> max = maxByExercise(results);
        StringBuilder row = new StringBuilder(String.format("%-32s %-9s", s.name(), s.correct() ? "correct" : "buggy"));
        for (String exercise : EXERCISES) {
            row.append(String.format(" %5.1f/%-4.0f", scores.getOrDefault(exercise, 0.0), max.getOrDefault(exercise, 0.0)));
        }
        row.append("  ").append(millis.stream().map(m -> String.format("%.1f s", m / 1000.0))
                .collect(Collectors.joining(", ")));
        lostPoints(results).forEach(check -> row.append("\n").append(" ".repeat(42)).append("lost ").append(check));
        return row.toString();
    }

    @AfterAll
    static void printTable() {
        StringBuilder s = new StringBuilder(String.format("%n%-32s %-9s", "submission", "kind"));
        EXERCISES.forEach(e -> s.append(String.format(" %-10s", e.length() > 10 ? e.substring(0, 10) : e)));
        s.append("  time per run\n");
        TABLE.values().forEach(row -> s.append(row).append('\n'));
        System.out.println(s);
    }
}
