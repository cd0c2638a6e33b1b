package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Scores;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The batch's progress on the console: a line per finished submission and, on a terminal, a bar
 * kept on the last line, with the time left estimated from the submissions graded so far
 * (reused ones take no time and do not count towards the estimate).
 */
public final class ConsoleProgress implements BatchListener {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final Duration redrawEvery;
    private ScheduledExecutorService ticker;
    private long start;
    private int total;
    private int done;
    private int graded;
    private int toGrade;
    private int running;
    private long lastFinished;

    /**
     * @param terminal whether {@code out} is a terminal: the bar is redrawn in place (with carriage
     *                 returns), else each line stands alone, as CI logs want
     * @param nanoTime    the clock ({@link System#nanoTime} but in tests)
     * @param redrawEvery on a terminal, how often the bar is drawn again so the time left counts
     *                    down between submissions; {@link Duration#ZERO} only when a submission
     *                    starts or ends
     */
    public ConsoleProgress(PrintStream out, boolean terminal, LongSupplier nanoTime, Duration redrawEvery) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.redrawEvery = redrawEvery;
    }

    /** Whether this JVM's standard output is a terminal (JDK 22+ asks the console; before, a console means one). */
    public static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }

    @Override
    public synchronized void planned(int submissions, int reused) {
        start = nanoTime.getAsLong();
        total = submissions;
        toGrade = submissions - reused;
        out.println("Grading " + submissions + (submissions == 1 ? " submission" : " submissions")
                + (reused > 0 ? " (" + reused + " unchanged since they were graded: their results are kept)" : ""));
        redraw();
        if (terminal && !redrawEvery.isZero()) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "mpgrade-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, redrawEvery.toMillis(), redrawEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void tick() {
        redraw();
    }

    @Override
    public synchronized void started(Submission submission) {
        running++;
        redraw();
    }

    @Override
    public synchronized void finished(SubmissionRecord record, boolean reused) {
        done++;
        if (!reused) {
            graded++;
            running--;
            lastFinished = nanoTime.getAsLong();
        }
        clearBar();
        out.println(line(record, reused));
        redraw();
    }

    /** The line of one finished submission. */
    String line(SubmissionRecord record, boolean reused) {
        StringBuilder line = new StringBuilder();
        if (!terminal) {
            line.append('[').append(pad(done, total)).append('/').append(total).append("] ");
        }
        line.append(record.submission()).append("  ").append(Scores.format(record.score())).append('/')
                .append(Scores.format(record.maxScore()));
        if (reused) {
            line.append("  (unchanged)");
        } else {
            line.append("  ").append(seconds(record.elapsed()));
            if (record.outcome() != SubmissionRecord.Outcome.GRADED) {
                line.append("  ").append(BatchSummary.describe(record.outcome()));
            }
            if (!terminal) {
                line.append("  ").append(eta());
            }
        }
        return line.toString();
    }

    /** The bar: {@code [#####-----] 12/30  40 %  2 running  1m20s left}. */
    String bar() {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + "  "
                + (total == 0 ? 100 : done * 100 / total) + " %  " + running + " running  " + eta();
    }

    /**
     * Time left: what grading took per submission so far, times the submissions still to grade,
     * less what has passed since the last one finished.
     */
    String eta() {
        int left = toGrade - graded;
        if (left == 0) {
            return "done";
        }
        if (graded == 0) {
            return "time left: estimating";
        }
        long now = nanoTime.getAsLong();
        long perSubmission = (lastFinished - start) / graded;
        long remaining = Math.max(0, perSubmission * left - (now - lastFinished));
        return "time left " + minutesSeconds(Duration.ofNanos(remaining));
    }

    private void redraw() {
        if (terminal) {
            out.print('\r' + bar());
            out.flush();
        }
    }

    private void clearBar() {
        if (terminal) {
            out.print("\r\033[2K"); // erase the whole line: the bar
        }
    }

    /** A duration as {@code 1m05s} or {@code 42s}, rounded up. */
    public static String minutesSeconds(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return seconds >= 60 ? seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String pad(int number, int widthOf) {
        String text = Integer.toString(number);
        return " ".repeat(Math.max(0, Integer.toString(widthOf).length() - text.length())) + text;
    }

    /** Stops redrawing and ends the bar's line, so that what follows starts on a line of its own. */
    @Override
    public synchronized void completed() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (terminal) {
            clearBar();
            out.println(bar());
        }
    }
}
