package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Timeline.CycleWait;
import io.github.mpgrade.grading.report.html.Timeline.Ending;
import io.github.mpgrade.grading.report.html.Timeline.FailingStep;
import io.github.mpgrade.grading.report.html.Timeline.Lane;
import io.github.mpgrade.grading.report.html.Timeline.LockInfo;
import io.github.mpgrade.grading.report.html.Timeline.Printed;
import io.github.mpgrade.grading.report.html.Timeline.Span;
import io.github.mpgrade.grading.report.html.Timeline.SpanKind;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.Holdings;
import io.github.mpgrade.harness.junit.FailingRun;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.Patience;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Timeline} of a failing run from its event log, in the grader JVM: the holds come
 * from the harness's {@link Holdings}, the cycle from the run's {@link DeadlockReport}.
 */
public final class TimelineBuilder {
    /** A task of a process as a whole, or the coordinator's verdicts: no lane of its own. */
    private static final long WHOLE_PROCESS = -1;

    private final Run run;
    private final Map<String, Integer> laneIndex = new LinkedHashMap<>();
    private final List<Task> laneTasks = new ArrayList<>();
    private final Map<SyncObject, Integer> lockIndex = new LinkedHashMap<>();
    private final List<LockInfo> locks = new ArrayList<>();

    private TimelineBuilder(Run run) {
        this.run = run;
    }

    public static Timeline of(FailingRun failing) {
        return new TimelineBuilder(failing.run()).build(failing.failingStep());
    }

    private Timeline build(Optional<TraceEvent> namedStep) {
        List<TraceEvent> events = run.events();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Create create && drawn(create.object())) {
                lockIndex.put(create.object(), locks.size());
                locks.add(new LockInfo(create.object().name(), create.object().kind().label(), create.site()));
            }
            if (e.task().threadId() != WHOLE_PROCESS) {
                lane(e.task());
            }
        }
        orderLanesByProcess();
        // A verdict ends the run: after it the processes are only killed.
        int last = events.stream().filter(e -> e instanceof TraceEvent.Deadlock || e instanceof TraceEvent.Hang
                        || e instanceof TraceEvent.Livelock)
                .findFirst().map(TimelineBuilder::step).orElse(Math.max(0, events.size() - 1));
        List<Span> spans = new ArrayList<>();
        for (Holdings.Hold hold : Holdings.of(events).holds()) {
            if (lockIndex.containsKey(hold.object())) {
                spans.add(new Span(lane(hold.task()), lockIndex.get(hold.object()), SpanKind.HOLDS, step(hold.from()),
                        hold.to().map(TimelineBuilder::step).orElse(last), hold.to().isEmpty()));
            }
        }
        List<Span> loggedWaits = waits(events, last);
        spans.addAll(loggedWaits);
        spans.addAll(deadlockedWaits(events, last, loggedWaits));
        spans.sort(Comparator.comparingInt(Span::from));
        List<Printed> printed = run.outputs().stream().filter(o -> step(o) <= last)
                .map(o -> new Printed(lane(o.task()), step(o), o.line(), o.site())).toList();
        return new Timeline(program(), run.strategy(), run.seed(), events.isEmpty() ? 0 : last + 1, ending(), lanes(printed), locks, spans,
                printed, failingStep(namedStep), cycle());
    }

    private static boolean drawn(SyncObject object) {
        return object.kind().isSemaphore() && !object.kind().isInternal();
    }

    /** A blocking acquire's wait: from the request to its grant or time-out, or to the end. */
    private List<Span> waits(List<TraceEvent> events, int last) {
        Map<String, TraceEvent.AcquireRequest> waiting = new HashMap<>();
        List<Span> waits = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.AcquireRequest request && lockIndex.containsKey(request.object())
                    && !request.patience().equals(Patience.TRY)) {
                waiting.put(key(request.task(), request.object()), request);
            } else if (e instanceof TraceEvent.AcquireGrant || e instanceof TraceEvent.AcquireTimeout) {
                SyncObject object = e instanceof TraceEvent.AcquireGrant g ? g.object() : ((TraceEvent.AcquireTimeout) e).object();
                TraceEvent.AcquireRequest request = waiting.remove(key(e.task(), object));
                // A grant right after its request was no wait worth drawing.
                if (request != null && step(e) - step(request) > 1) {
                    waits.add(new Span(lane(e.task()), lockIndex.get(object), SpanKind.WAITS, step(request), step(e), false));
                }
            }
        }
        waiting.values().forEach(request -> waits.add(new Span(lane(request.task()), lockIndex.get(request.object()),
                SpanKind.WAITS, step(request), last, true)));
        return waits;
    }

    /**
     * The waits a deadlock ended on. A controlled run logs an acquire only once the scheduler lets
     * it through, so these are known from the deadlock's report: each began after its task's last step.
     * An uncontrolled run logged its requests, and {@code logged} has those waits already.
     */
    private List<Span> deadlockedWaits(List<TraceEvent> events, int last, List<Span> logged) {
        List<Span> waits = new ArrayList<>();
        List<String> lockNames = locks.stream().map(LockInfo::name).toList();
        for (DeadlockReport.Wait wait : run.deadlock().map(DeadlockReport::waits).orElse(List.of())) {
            int lock = lockNames.indexOf(wait.waitsFor());
            int lane = lane(wait.task());
            if (lock >= 0 && logged.stream().noneMatch(w -> w.open() && w.lane() == lane && w.lock() == lock)) {
                int from = lastStepOf(events, wait.task());
                waits.add(new Span(lane, lock, SpanKind.WAITS, Math.min(from + 1, last), last, true));
            }
        }
        return waits;
    }

    private static int lastStepOf(List<TraceEvent> events, Task task) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Task other = events.get(i).task();
            if (other.processName().equals(task.processName()) && other.threadName().equals(task.threadName())) {
                return step(events.get(i));
            }
        }
        return 0;
    }

    private static String key(Task task, SyncObject object) {
        return task.processName() + "/" + task.threadName() + "/" + object.name();
    }

    private List<Lane> lanes(List<Printed> printed) {
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneTasks.size(); i++) {
            int lane = i;
            List<String> lines = printed.stream().filter(p -> p.lane() == lane).map(Printed::line).toList();
            Task task = laneTasks.get(i);
            lanes.add(new Lane(task.processName(), task.threadName(), LaneNames.printedName(lines).orElse(null)));
        }
        return LaneNames.unique(lanes);
    }

    private FailingStep failingStep(Optional<TraceEvent> named) {
        Optional<TraceEvent> step = named.or(() -> run.events().stream()
                .filter(e -> e instanceof TraceEvent.Deadlock || e instanceof TraceEvent.Hang
                        || e instanceof TraceEvent.Livelock || e instanceof TraceEvent.UncaughtException)
                .findFirst());
        return step.map(e -> new FailingStep(e.task().threadId() == WHOLE_PROCESS ? -1 : lane(e.task()), step(e), what(e)))
                .orElse(null);
    }

    private static String what(TraceEvent e) {
        if (e instanceof TraceEvent.Output output) {
            return "printed \"" + output.line() + "\"";
        }
        if (e instanceof TraceEvent.Deadlock) {
            return "deadlock: every task waits, and none can go on";
        }
        if (e instanceof TraceEvent.Hang) {
            return "the run hung: a task ran on without calling the library";
        }
        if (e instanceof TraceEvent.Livelock) {
            return "livelock: the tasks kept taking steps, and none made progress";
        }
        if (e instanceof TraceEvent.UncaughtException thrown) {
            return "threw " + thrown.exception();
        }
        if (e instanceof TraceEvent.AcquireRequest request) {
            return "asked for " + request.object().name();
        }
        if (e instanceof TraceEvent.AcquireGrant grant) {
            return "took " + grant.object().name();
        }
        if (e instanceof TraceEvent.Release release) {
            return "released " + release.object().name();
        }
        if (e instanceof TraceEvent.ProcessExit exit) {
            return exit.process() + " ended with exit code " + exit.exitCode();
        }
        return e.signature();
    }

    private List<CycleWait> cycle() {
        List<CycleWait> cycle = new ArrayList<>();
        for (DeadlockReport.Wait wait : run.deadlock().map(DeadlockReport::cycle).orElse(List.of())) {
            int lock = locks.stream().map(LockInfo::name).toList().indexOf(wait.waitsFor());
            cycle.add(new CycleWait(lane(wait.task()), wait.waitsFor(), lock,
                    wait.heldBy().stream().map(this::lane).toList(), wait.codeLine()));
        }
        return cycle;
    }

    private Ending ending() {
        if (run.startFailure() != null) {
            return Ending.NOT_STARTED;
        }
        if (run.deadlock().isPresent()) {
            return Ending.DEADLOCK;
        }
        if (run.hang().isPresent()) {
            return Ending.HANG;
        }
        if (run.livelock().isPresent()) {
            return Ending.LIVELOCK;
        }
        return run.stepLimited() ? Ending.STEP_LIMIT : Ending.COMPLETED;
    }

    private String program() {
        String mainClass = run.program().mainClass();
        String simpleName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        return run.program().args().isEmpty() ? simpleName : simpleName + " " + String.join(" ", run.program().args());
    }

    /** Process by process, as the program made them ({@code Process-1} is the first one started); threads as they appeared. */
    private void orderLanesByProcess() {
        laneTasks.sort(Comparator.comparingInt(Task::processId));
        laneIndex.clear();
        for (int i = 0; i < laneTasks.size(); i++) {
            laneIndex.put(laneTasks.get(i).processName() + "/" + laneTasks.get(i).threadName(), i);
        }
    }

    private int lane(Task task) {
        return laneIndex.computeIfAbsent(task.processName() + "/" + task.threadName(), k -> {
            laneTasks.add(task);
            return laneTasks.size() - 1;
        });
    }

    private static int step(TraceEvent e) {
        return Math.toIntExact(e.seq());
    }
}
