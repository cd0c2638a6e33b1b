package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, now::get, Duration.ZERO);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inALogEachFinishedSubmissionIsALineWithTheTimeLeft() {
        ConsoleProgress progress = progress(false);
        progress.planned(12, 2);
        progress.finished(SubmissionFolders.record("kept", 50, Map.of(), List.of()), true);
        progress.started(new Submission("ann", Path.of("ann")));
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        progress.finished(SubmissionFolders.record("ann", 87.5, Map.of(), List.of()), false);
        assertEquals(List.of(
                "Grading 12 submissions (2 unchanged since they were graded: their results are kept)",
                "[ 1/12] kept  50/100  (unchanged)",
                "[ 2/12] ann  87.5/100  1.5 s  time left 1m30s"), printed().lines().toList(),
                "10 s for the first graded one: 9 more to grade take 90 s");
    }

    @Test
    void onATerminalTheBarStaysOnTheLastLine() {
        ConsoleProgress progress = progress(true);
        progress.planned(4, 0);
        progress.started(new Submission("ann", Path.of("ann")));
        progress.started(new Submission("ben", Path.of("ben")));
        assertTrue(printed().endsWith("\r[------------------------] 0/4  0 %  2 running  time left: estimating"),
                printed());
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        progress.finished(SubmissionFolders.record("ann", 100, Map.of(), List.of()), false);
        assertTrue(printed().endsWith("\r\033[2Kann  100/100  1.5 s\n\r[######------------------] 1/4  25 %  1 running  time left 1m00s"),
                printed());
        progress.completed();
        assertTrue(printed().endsWith("\n"), "the bar's line is ended");
    }

    @Test
    void theTimeLeftCountsDownBetweenSubmissions() {
        ConsoleProgress progress = progress(false);
        progress.planned(3, 0);
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        progress.finished(SubmissionFolders.record("ann", 100, Map.of(), List.of()), false);
        assertEquals("time left 1m00s", progress.eta(), "30 s each, two to go");
        now.addAndGet(Duration.ofSeconds(25).toNanos());
        assertEquals("time left 35s", progress.eta());
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        assertEquals("time left 0s", progress.eta(), "slower than estimated: never below nothing");
    }

    @Test
    void anUnusualOutcomeIsNamedOnItsLine() {
        ConsoleProgress progress = progress(false);
        progress.planned(1, 0);
        SubmissionRecord timedOut = new SubmissionRecord("zed", SubmissionRecord.Outcome.TIMED_OUT, 10, 100, Map.of(),
                List.of(), "grading stopped at the time limit", "f", Duration.ofSeconds(180));
        progress.finished(timedOut, false);
        assertTrue(printed().contains("[1/1] zed  10/100  180.0 s  stopped at the time limit  done"), printed());
    }
}
