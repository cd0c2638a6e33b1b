package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Run;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.LivelockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.stream.Collectors;

/** The pieces of the sentences students read: which program, what it printed, why it did not end. */
final class Messages {
    private static final int STACK_LINES = 6;

    private Messages() {
    }

    /** {@code DiningTable 3 2}: the command a student can run to see it. */
    static String program(Run run) {
        String main = run.program().mainClass();
        String args = String.join(" ", run.program().args());
        return main.substring(main.lastIndexOf('.') + 1) + (args.isEmpty() ? "" : " " + args);
    }

    /** {@code "phil 1 is eating" (printed at lab.philosophers.Philosopher.run(Philosopher.java:31))}: a line and where. */
    static String line(TraceEvent.Output output) {
        return "\"" + output.line() + "\"" + (output.site() == null ? "" : " (printed at " + output.site() + ")");
    }

    /** Why a run did not end on its own, with the report that explains it. */
    static String whyUnfinished(Run run) {
        if (run.startFailure() != null) {
            return "It could not be started: " + run.startFailure();
        }
        if (run.deadlock().isPresent()) {
            return "It deadlocked:\n" + run.deadlock().map(DeadlockReport::text).orElseThrow();
        }
        if (run.hang().isPresent()) {
            return "It stopped making progress:\n" + run.hang().orElseThrow();
        }
        if (run.livelock().isPresent()) {
            return "It livelocked: its tasks kept running but none of them got anywhere.\n"
                    + run.livelock().map(LivelockReport::text).orElseThrow()
                    + "Each of them retries while it keeps what it holds, so no retry can ever succeed."
                    + " Try this: give back what you hold before you try again (release it, wait, then start over),"
                    + " or take your locks in one fixed order so that no retry is needed.";
        }
        if (run.stepLimited()) {
            return "It was still running after " + run.decisions().size() + " synchronization steps; "
                    + "does a loop keep going for ever (retrying without end, or a wrong loop condition)?";
        }
        return "It ended normally.";
    }

    /** Why a run did not end on its own, in a few words. */
    static String briefWhyUnfinished(Run run) {
        return switch (Ending.of(run)) {
            case START_FAILURE -> "It could not be started";
            case DEADLOCK -> "It deadlocked";
            case HANG -> "It stopped making progress";
            case LIVELOCK -> "It livelocked";
            case STEP_LIMIT -> "It never finished";
            case COMPLETED -> "It ended normally";
        };
    }

    /** What a process printed on standard error: its exception and the lines of code it came through. */
    static String errorsOf(Run run, String processName) {
        List<String> lines = run.eventsOf(TraceEvent.ErrorOutput.class).stream()
                .filter(e -> e.task().processName().equals(processName))
                .map(TraceEvent.ErrorOutput::line).limit(STACK_LINES).toList();
        return lines.isEmpty() ? "" : lines.stream().map(l -> "    " + l).collect(Collectors.joining("\n", "\n", ""));
    }

    /** The lines as printed, numbered, for messages that talk about them. */
    static String numbered(List<String> lines, int limit) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(lines.size(), limit); i++) {
            s.append(String.format("  %3d  %s%n", i + 1, lines.get(i)));
        }
        if (lines.size() > limit) {
            s.append("  ... (").append(lines.size() - limit).append(" more lines)\n");
        }
        return s.toString();
    }

    /**
     * Every process that did not exit with 0, with its stack trace; empty if all did. The root's
     * own exit code counts too ({@code MainProcess}).
     */
    static String badExits(Run run) {
        StringBuilder s = new StringBuilder();
        if (run.exitCode() == null || run.exitCode() != 0) {
            s.append("  MainProcess (your main) exited with ").append(run.exitCode())
                    .append(errorsOf(run, "MainProcess")).append('\n');
        }
        for (TraceEvent.ProcessExit exit : run.exits()) {
            if (exit.exitCode() != 0 && !exit.process().equals("MainProcess")) {
                s.append("  ").append(exit.process()).append(" exited with ").append(exit.exitCode())
                        .append(errorsOf(run, exit.process())).append('\n');
            }
        }
        return s.toString();
    }
}
