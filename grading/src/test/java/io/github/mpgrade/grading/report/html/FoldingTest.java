package io.github.mpgrade.grading.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.report.html.Folding.Column;
import io.github.mpgrade.harness.junit.FailingRun;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.Patience;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Long runs fold what leads nowhere, so that 10,000 steps stay readable, small and quick to draw. */
class FoldingTest {
    private static final Task PING = new Task(1, "Process-1", 1, "main");
    private static final Task PONG = new Task(2, "Process-2", 1, "main");
    private static final SyncObject LOCK = new SyncObject("Lock-1", ObjectKind.LOCK);

    @Test
    void aShortRunHasAColumnPerDrawnStepAndNothingFolded() {
        Timeline timeline = TimelineBuilder.of(new FailingRun(rallies(3).run(), Optional.empty()));
        List<Column> columns = Folding.of(timeline);
        assertTrue(columns.stream().noneMatch(Column::folded));
        assertEquals(List.copyOf(Folding.drawnSteps(timeline)), columns.stream().map(Column::from).toList());
    }

    @Test
    void aLongRunKeepsItsStartAndTheStretchBeforeAndAfterTheFailingStep() {
        RunLog log = rallies(2500);
        TraceEvent failing = log.events.get(6001);
        Timeline timeline = TimelineBuilder.of(new FailingRun(log.run(), Optional.of(failing)));
        assertEquals(10_001, timeline.steps());
        List<Column> columns = Folding.of(timeline);

        assertEquals(Folding.HEAD + 1 + Folding.BEFORE + 1 + Folding.AFTER + 1, columns.size(),
                "the start, a fold, the stretch up to the failing step and after it, a fold to the end");
        assertTrue(columns.subList(0, Folding.HEAD).stream().noneMatch(Column::folded));
        Column failingColumn = columns.get(Folding.HEAD + 1 + Folding.BEFORE);
        assertEquals(new Column(6001, 6001, false), failingColumn);
        assertTrue(columns.get(Folding.HEAD).folded());
        Column last = columns.get(columns.size() - 1);
        assertTrue(last.folded() && last.to() == 10_000, "the rest is one fold to the end: " + last);
        assertEquals(Folding.drawnSteps(timeline).size(), columns.stream()
                .mapToLong(c -> Folding.drawnSteps(timeline).subSet(c.from(), true, c.to(), true).size()).sum(),
                "every drawn step is in exactly one column");
    }

    @Test
    void theReportOfTenThousandStepsIsUnderTwoMegabytesAndQuickToWrite() {
        RunLog log = rallies(2500);
        Timeline timeline = TimelineBuilder.of(new FailingRun(log.run(), Optional.of(log.events.get(9001))));
        GradeReport report = new GradeReport(List.of(new ExerciseReport("pingpong", List.of(new CheckReport("alternates",
                "the lines alternate", 0, 12, false, "line 4501: expected ...", 4L, Duration.ZERO, timeline)),
                Duration.ZERO)), Duration.ZERO, null, null, null);
        HtmlReport.of(report, List.of(), CheckReport::message); // loads the classes: a grading writes other reports first
        long start = System.nanoTime();
        String html = HtmlReport.of(report, List.of(), CheckReport::message);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 2_000_000, "the report has " + bytes + " bytes");
        assertTrue(millis < 1000, "writing it took " + millis + " ms");
        assertTrue(html.contains("<g class=\"fold\">"), "the folded stretches say so");
        assertTrue(html.contains("class=\"span holds\""), "the holds are drawn");
    }

    /** Ping and pong taking turns on one lock, each printing under it: four steps a round, after the lock's creation. */
    private static RunLog rallies(int rounds) {
        RunLog log = new RunLog().add(s -> new TraceEvent.Create(s, 0, PING, LOCK, 1, null));
        for (int i = 0; i < rounds; i++) {
            Task task = i % 2 == 0 ? PING : PONG;
            String line = (i % 2 == 0 ? "ping " : "pong ") + (10 + i / 2);
            log.add(s -> new TraceEvent.AcquireRequest(s, 0, task, LOCK, Patience.FOREVER))
                    .add(s -> new TraceEvent.AcquireGrant(s, 0, task, LOCK))
                    .add(s -> new TraceEvent.Output(s, 0, task, line, "lab.pingpong.PingPong.ping(PingPong.java:13)"))
                    .add(s -> new TraceEvent.Release(s, 0, task, LOCK));
        }
        return log;
    }
}
