package io.github.mpgrade.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.Task;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldingsTest {
    private static final Task MAIN = new Task(0, "MainProcess", 1, "main");
    private static final Task PING = new Task(1, "Process-1", 1, "main");
    private static final SyncObject LOCK = new SyncObject("Lock-1", ObjectKind.LOCK);
    private static final SyncObject OTHER = new SyncObject("Lock-2", ObjectKind.LOCK);

    @Test
    void aHoldLastsFromItsGrantToTheReleaseThatEndsItByWhomeverAndOpenHoldsLastToTheEnd() {
        TraceEvent.AcquireGrant mainTakes = new TraceEvent.AcquireGrant(0, 0, MAIN, LOCK);
        TraceEvent.AcquireGrant pingTakes = new TraceEvent.AcquireGrant(1, 0, PING, OTHER);
        TraceEvent.Release pingReleasesMains = new TraceEvent.Release(2, 0, PING, LOCK);
        Holdings holdings = Holdings.of(List.of(mainTakes, pingTakes, pingReleasesMains));

        assertEquals(List.of(new Holdings.Hold(MAIN, LOCK, mainTakes, Optional.of(pingReleasesMains)),
                new Holdings.Hold(PING, OTHER, pingTakes, Optional.empty())), holdings.holds());
    }
}
