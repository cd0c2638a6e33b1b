package io.github.mpgrade.harness.analysis;

import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The happens-before order of a run, by vector clocks: program order in each task; a start
 * before everything the started process (or thread) does; everything a process does before its
 * exit, and its exit before the join that saw it, as a thread's end before its join; a release
 * before the acquires that follow it; a queue put before the get that took its item; a volatile
 * field's write before the reads that follow it. Two events it does not order could have happened the
 * other way round under another schedule — so output that is correct only by such luck is
 * caught from a single run (Oechsle and Barzen's check of concurrent output).
 */
public final class HappensBefore {
    private final Map<TraceEvent, int[]> clocks = new IdentityHashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<TraceEvent> events;

    private HappensBefore(List<TraceEvent> events) {
        this.events = List.copyOf(events);
    }

    public static HappensBefore of(List<TraceEvent> events) {
        HappensBefore hb = new HappensBefore(events);
        hb.compute();
        return hb;
    }

    private void compute() {
        Map<String, int[]> taskClock = new HashMap<>();
        Map<SyncObject, int[]> released = new HashMap<>();
        Map<SyncObject, ArrayDeque<int[]>> queued = new HashMap<>();
        Map<String, int[]> started = new HashMap<>();
        Map<String, int[]> processClock = new HashMap<>(); // join of all its tasks' clocks
        Map<String, int[]> exited = new HashMap<>();
        Map<String, int[]> threadStarted = new HashMap<>();
        Map<String, int[]> threadEnded = new HashMap<>();
        Map<String, int[]> volatileWritten = new HashMap<>();
        for (TraceEvent e : events) {
            String task = Tasks.name(e.task());
            String process = e.task().processName();
            int[] clock = taskClock.get(task);
            if (clock == null) {
                // A new task begins after its process's start, and a thread after its own start too.
                clock = join(started.getOrDefault(process, new int[0]), threadStarted.get(task));
            }
            if (e instanceof TraceEvent.AcquireGrant grant) {
                clock = join(clock, released.get(grant.object()));
            } else if (e instanceof TraceEvent.QueueGet get) {
                ArrayDeque<int[]> items = queued.get(get.object());
                clock = join(clock, items == null ? null : items.poll());
            } else if (e instanceof TraceEvent.Join joined) {
                clock = join(clock, exited.get(joined.process()));
            } else if (e instanceof TraceEvent.FieldAccess read && read.isVolatile() && !read.write()) {
                clock = join(clock, volatileWritten.get(process + " " + read.field()));
            } else if (e instanceof TraceEvent.ThreadJoin joined) {
                clock = join(clock, threadEnded.get(process + "/" + joined.thread()));
            } else if (e instanceof TraceEvent.ProcessExit) {
                clock = join(clock, processClock.get(process));
            }
            clock = tick(clock, slot(task));
            taskClock.put(task, clock);
            clocks.put(e, clock);
            processClock.merge(process, clock, HappensBefore::join);
            if (e instanceof TraceEvent.Release release) {
                released.merge(release.object(), clock, HappensBefore::join);
            } else if (e instanceof TraceEvent.QueuePut put) {
                queued.computeIfAbsent(put.object(), q -> new ArrayDeque<>()).add(clock);
            } else if (e instanceof TraceEvent.ProcessStart start) {
                started.put(start.process(), clock);
            } else if (e instanceof TraceEvent.ProcessExit exit) {
                exited.put(exit.process(), clock);
            } else if (e instanceof TraceEvent.ThreadStart start) {
                threadStarted.put(process + "/" + start.thread(), clock);
            } else if (e instanceof TraceEvent.ThreadEnd) {
                threadEnded.put(task, clock);
            } else if (e instanceof TraceEvent.FieldAccess written && written.isVolatile() && written.write()) {
                volatileWritten.merge(process + " " + written.field(), clock, HappensBefore::join);
            }
        }
    }

    private int slot(String task) {
        return index.computeIfAbsent(task, t -> index.size());
    }

    private static int[] tick(int[] clock, int slot) {
        int[] next = java.util.Arrays.copyOf(clock, Math.max(clock.length, slot + 1));
        next[slot]++;
        return next;
    }

    private static int[] join(int[] a, int[] b) {
        if (b == null) {
            return a;
        }
        int[] joined = java.util.Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            joined[i] = Math.max(joined[i], b[i]);
        }
        return joined;
    }

    /** Whether {@code a} happens before {@code b}: no schedule could have put {@code b} first. */
    public boolean ordered(TraceEvent a, TraceEvent b) {
        int[] ca = clocks.get(a);
        int[] cb = clocks.get(b);
        if (ca == null || cb == null || a == b) {
            return false;
        }
        int slot = index.get(Tasks.name(a.task()));
        return slot < cb.length && ca[slot] <= cb[slot];
    }

    /**
     * Consecutive output lines whose order this run shows but nothing enforced: each pair is
     * two lines by different tasks that another schedule could print the other way round.
     */
    public List<TraceEvent.Output[]> unorderedConsecutiveOutputs() {
        List<TraceEvent.Output> outputs = events.stream().filter(TraceEvent.Output.class::isInstance)
                .map(TraceEvent.Output.class::cast).toList();
        List<TraceEvent.Output[]> unordered = new ArrayList<>();
        for (int i = 1; i < outputs.size(); i++) {
            TraceEvent.Output before = outputs.get(i - 1);
            TraceEvent.Output after = outputs.get(i);
            if (!Tasks.name(before.task()).equals(Tasks.name(after.task())) && !ordered(before, after)) {
                unordered.add(new TraceEvent.Output[] {before, after});
            }
        }
        return unordered;
    }
}
