package io.github.mpgrade.grading.report.html;

import java.util.List;

/**
 * What the HTML report draws of one failing run: a lane per task, the stretches in which each task
 * held or waited for each lock, the lines it printed, the step where the run went wrong and, for a
 * deadlock, the wait-for cycle. Built from the witness's event log in the grader JVM
 * ({@link TimelineBuilder}) and carried in the signed results as plain strings and numbers: the
 * report is drawn without a second run, and nothing of a student process is deserialized. A step is
 * a position in the event log.
 *
 * @param program     the program and its arguments, as the student would run it
 * @param strategy    the schedule's strategy
 * @param seed        the seed that replays it
 * @param steps       how many events the log has up to the run's end (a deadlock or hang verdict ends it)
 * @param ending      how the run ended
 * @param lanes       every task that did something, in the order they first did
 * @param locks       every lock and semaphore of the program (not the runtime's own parts)
 * @param spans       holds and waits, in the order they began
 * @param printed     every line printed on standard output
 * @param failingStep where the run went wrong, or null if the check did not say and the run ended
 * @param cycle       for a deadlock, the waits that form the cycle, in order; else empty
 */
public record Timeline(String program, String strategy, long seed, int steps, Ending ending, List<Lane> lanes,
                       List<LockInfo> locks, List<Span> spans, List<Printed> printed, FailingStep failingStep,
                       List<CycleWait> cycle) {
    public Timeline {
        lanes = List.copyOf(lanes);
        locks = List.copyOf(locks);
        spans = List.copyOf(spans);
        printed = List.copyOf(printed);
        cycle = List.copyOf(cycle);
    }

    public enum Ending { COMPLETED, DEADLOCK, HANG, LIVELOCK, STEP_LIMIT, NOT_STARTED }

    /**
     * One task.
     *
     * @param process     {@code Process-2}
     * @param thread      the thread's name ({@code main} for the one that runs the process's work)
     * @param printedName what the task called itself in every line it printed ({@code phil 2}), or null
     */
    public record Lane(String process, String thread, String printedName) {
        /** The task as the coordinator names it: {@code Process-2}, or {@code Process-2/worker} for another thread. */
        public String taskName() {
            return thread.equals("main") ? process : process + "/" + thread;
        }
    }

    /**
     * A lock or semaphore.
     *
     * @param name the log's name, {@code Lock-3}
     * @param kind what the program made: {@code Lock}, {@code Semaphore}, ...
     * @param site where the program made it, {@code lab.pingpong.PingPong.main(PingPong.java:23)}, or null
     */
    public record LockInfo(String name, String kind, String site) {
    }

    public enum SpanKind { HOLDS, WAITS }

    /**
     * A task holding, or waiting for, a lock from one step to another.
     *
     * @param lane index into {@link #lanes()}
     * @param lock index into {@link #locks()}
     * @param open whether it still went on when the run ended ({@code to} is then the last step)
     */
    public record Span(int lane, int lock, SpanKind kind, int from, int to, boolean open) {
    }

    /**
     * A line a task printed.
     *
     * @param site the line of the program's code that printed it, or null
     */
    public record Printed(int lane, int step, String line, String site) {
    }

    /**
     * The step where the run went wrong.
     *
     * @param lane the task whose step it is, or -1 for a verdict on the whole program (a deadlock)
     * @param what what happened there, in a few words
     */
    public record FailingStep(int lane, int step, String what) {
    }

    /**
     * One task of a deadlock's cycle: it waits for what the next one holds.
     *
     * @param lane     the waiting task
     * @param waitsFor what it waits for, as the deadlock report names it ({@code Lock-2})
     * @param lock     that lock's index into {@link #locks()}, or -1 if it is not a lock
     * @param heldBy   the lanes of the tasks that hold it
     * @param codeLine the line of the task's code where it waits, or null
     */
    public record CycleWait(int lane, String waitsFor, int lock, List<Integer> heldBy, String codeLine) {
        public CycleWait {
            heldBy = List.copyOf(heldBy);
        }
    }
}
