package io.github.mpgrade.grading.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mpgrade.grading.grader.GraderResults;
import io.github.mpgrade.grading.grader.GraderResults.GradedCheck;
import io.github.mpgrade.harness.junit.FailingRun;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.Patience;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A timeline travels from the grader JVM in the results file as JSON, and arrives whole. */
class TimelineTransportTest {
    @Test
    void aTimelineSurvivesTheResultsFile() throws Exception {
        Task ping = new Task(1, "Process-1", 1, "main");
        SyncObject lock = new SyncObject("Lock-1", ObjectKind.LOCK);
        RunLog log = new RunLog()
                .add(s -> new TraceEvent.Create(s, 0, ping, lock, 1, "lab.A.main(A.java:3)"))
                .add(s -> new TraceEvent.AcquireRequest(s, 0, ping, lock, Patience.FOREVER))
                .add(s -> new TraceEvent.AcquireGrant(s, 0, ping, lock))
                .add(s -> new TraceEvent.Output(s, 0, ping, "ping <10> & \"so\"", "lab.A.ping(A.java:9)"));
        Timeline timeline = TimelineBuilder.of(new FailingRun(log.run(), Optional.of(log.events.get(3))));
        GraderResults sent = new GraderResults(true, List.of(new GradedCheck("pingpong", "alternates", "alternate", 0, 12,
                false, "wrong", 4L, 0.5, true, timeline), new GradedCheck("pingpong", "exits", "exit", 2, 2, true, null,
                null, 0.1, true)), Map.of("pingpong", 1.0));

        ObjectMapper json = new ObjectMapper();
        GraderResults received = json.readValue(json.writeValueAsBytes(sent), GraderResults.class);

        assertEquals(sent, received);
        assertNotNull(received.checks().get(0).timeline().failingStep());
    }
}
