package io.github.mpgrade.grading.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.mpgrade.grading.report.html.Timeline.CycleWait;
import io.github.mpgrade.grading.report.html.Timeline.Ending;
import io.github.mpgrade.grading.report.html.Timeline.FailingStep;
import io.github.mpgrade.grading.report.html.Timeline.Lane;
import io.github.mpgrade.grading.report.html.Timeline.Span;
import io.github.mpgrade.grading.report.html.Timeline.SpanKind;
import io.github.mpgrade.harness.junit.FailingRun;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.Patience;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timeline of a run, from its event log: lanes, holds and waits, printed lines, the failing step, the cycle. */
class TimelineBuilderTest {
    private static final Task MAIN = new Task(0, "MainProcess", 1, "main");
    private static final Task PING = new Task(1, "Process-1", 1, "main");
    private static final Task PONG = new Task(2, "Process-2", 1, "main");
    private static final Task WHOLE_PONG = new Task(2, "Process-2", -1, "-");
    private static final SyncObject IMUT = new SyncObject("Lock-1", ObjectKind.LOCK);
    private static final SyncObject OMUT = new SyncObject("Lock-2", ObjectKind.LOCK);
    private static final SyncObject WOKEN = new SyncObject("Condition.woken-1", ObjectKind.CONDITION_WOKEN);

    @Test
    void aLanePerTaskByProcessNamedByWhatItPrinted() {
        Timeline timeline = TimelineBuilder.of(new FailingRun(new RunLog()
                .add(s -> new TraceEvent.ProcessStart(s, 0, MAIN, "Process-2", 12))
                .add(s -> new TraceEvent.Output(s, 0, PONG, "pong 10", "PingPong.ping(PingPong.java:14)"))
                .add(s -> new TraceEvent.Output(s, 0, PING, "ping 10", null))
                .add(s -> new TraceEvent.Output(s, 0, PING, "ping 11", null))
                .add(s -> new TraceEvent.ProcessExit(s, 0, WHOLE_PONG, "Process-2", 0))
                .run(), Optional.empty()));

        assertEquals(List.of(new Lane("MainProcess", "main", null), new Lane("Process-1", "main", "ping"),
                new Lane("Process-2", "main", null)), timeline.lanes(), "pong's one line \"pong 10\" names nothing");
        assertEquals(List.of(2, 1, 1), timeline.printed().stream().map(Timeline.Printed::lane).toList());
        assertEquals("PingPong.ping(PingPong.java:14)", timeline.printed().get(0).site());
        assertNull(timeline.failingStep(), "a run that ended, of a check that named no step, has none");
        assertEquals(Ending.COMPLETED, timeline.ending());
    }

    @Test
    void holdsFromGrantToReleaseEvenByAnotherTaskAndWaitsFromRequestToGrant() {
        Timeline timeline = TimelineBuilder.of(new FailingRun(new RunLog()
                .add(s -> new TraceEvent.Create(s, 0, MAIN, IMUT, 1, "lab.pingpong.PingPong.main(PingPong.java:23)"))
                .add(s -> new TraceEvent.Create(s, 0, MAIN, WOKEN, 0, null))
                .add(s -> new TraceEvent.AcquireRequest(s, 0, PING, IMUT, Patience.FOREVER))   // 2
                .add(s -> new TraceEvent.AcquireGrant(s, 0, PING, IMUT))                       // 3
                .add(s -> new TraceEvent.AcquireRequest(s, 0, PONG, IMUT, Patience.FOREVER))   // 4
                .add(s -> new TraceEvent.AcquireRequest(s, 0, PONG, WOKEN, Patience.FOREVER))  // 5: the runtime's own part
                .add(s -> new TraceEvent.Release(s, 0, MAIN, IMUT))                            // 6: main releases ping's hold
                .add(s -> new TraceEvent.AcquireGrant(s, 0, PONG, IMUT))                       // 7
                .add(s -> new TraceEvent.Output(s, 0, PONG, "pong 10", null))                  // 8
                .run(), Optional.empty()));

        assertEquals(List.of("Lock-1"), timeline.locks().stream().map(Timeline.LockInfo::name).toList(),
                "the runtime's own semaphores are not the student's locks");
        int ping = 1;
        int pong = 2;
        assertEquals(List.of(new Span(ping, 0, SpanKind.HOLDS, 3, 6, false), new Span(pong, 0, SpanKind.WAITS, 4, 7, false),
                new Span(pong, 0, SpanKind.HOLDS, 7, 8, true)), timeline.spans());
    }

    @Test
    void aDeadlockHasItsStepItsCycleAndTheWaitsItEndedOn() {
        DeadlockReport report = new DeadlockReport(List.of(
                new DeadlockReport.Wait(PING, "Lock-2", List.of(PONG), List.of("Lock-1"), "Philosopher.run(Philosopher.java:24)"),
                new DeadlockReport.Wait(PONG, "Lock-1", List.of(PING), List.of("Lock-2"), null)),
                List.of(new DeadlockReport.Wait(PING, "Lock-2", List.of(PONG), List.of("Lock-1"), "Philosopher.run(Philosopher.java:24)"),
                        new DeadlockReport.Wait(PONG, "Lock-1", List.of(PING), List.of("Lock-2"), null)), "Deadlock: ...");
        Timeline timeline = TimelineBuilder.of(new FailingRun(new RunLog()
                .add(s -> new TraceEvent.Create(s, 0, MAIN, IMUT, 1, null))
                .add(s -> new TraceEvent.Create(s, 0, MAIN, OMUT, 1, null))
                .add(s -> new TraceEvent.AcquireRequest(s, 0, PING, IMUT, Patience.FOREVER))   // 2
                .add(s -> new TraceEvent.AcquireGrant(s, 0, PING, IMUT))                       // 3
                .add(s -> new TraceEvent.AcquireRequest(s, 0, PONG, OMUT, Patience.FOREVER))   // 4
                .add(s -> new TraceEvent.AcquireGrant(s, 0, PONG, OMUT))                       // 5
                .add(s -> new TraceEvent.Deadlock(s, 0, new Task(-1, "coordinator", -1, "-"), report.text())) // 6
                .add(s -> new TraceEvent.ProcessExit(s, 0, WHOLE_PONG, "Process-2", -9))      // 7: killed after the verdict
                .deadlock(report), Optional.empty()));

        assertEquals(Ending.DEADLOCK, timeline.ending());
        assertEquals(7, timeline.steps(), "the run ends at the verdict");
        assertEquals(new FailingStep(-1, 6, "deadlock: every task waits, and none can go on"), timeline.failingStep());
        int ping = 1;
        int pong = 2;
        assertEquals(List.of(new CycleWait(ping, "Lock-2", 1, List.of(pong), "Philosopher.run(Philosopher.java:24)"),
                new CycleWait(pong, "Lock-1", 0, List.of(ping), null)), timeline.cycle());
        assertEquals(List.of(new Span(ping, 0, SpanKind.HOLDS, 3, 6, true), new Span(ping, 1, SpanKind.WAITS, 4, 6, true),
                new Span(pong, 1, SpanKind.HOLDS, 5, 6, true), new Span(pong, 0, SpanKind.WAITS, 6, 6, true)),
                timeline.spans(), "each waits from after its last step to the verdict");
    }

    @Test
    void theStepTheCheckNamedIsTheFailingOne() {
        RunLog log = new RunLog()
                .add(s -> new TraceEvent.Output(s, 0, PONG, "pong 10", null))
                .add(s -> new TraceEvent.Output(s, 0, PING, "ping 10", null));
        TraceEvent wrong = log.events.get(0);
        Timeline timeline = TimelineBuilder.of(new FailingRun(log.run(), Optional.of(wrong)));
        assertEquals(new FailingStep(1, 0, "printed \"pong 10\""), timeline.failingStep());
    }
}
