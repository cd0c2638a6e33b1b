package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as progress, and that a run of steps without any is a livelock. */
class ProgressWatchTest {
    private static final int BOUND = 6;
    private static final Task PHIL = new Task(1, "Process-1", 1, "main");
    private static final TaskKey PHIL_KEY = new TaskKey(1, 1);
    private static final SyncObject LEFT = new SyncObject("Lock-1", ObjectKind.LOCK);
    private static final SyncObject RIGHT = new SyncObject("Lock-2", ObjectKind.LOCK);
    private static final SyncObject COUNTER = new SyncObject("Value-1", ObjectKind.VALUE);

    private final ProgressWatch watch = new ProgressWatch(BOUND);
    private List<String> holds = List.of();

    @Test
    void aTaskThatKeepsItsForkAndRetriesTheOtherIsALivelockAtTheBound() {
        grant(LEFT, List.of("Lock-1"));
        for (int i = 0; i < BOUND / 2; i++) {
            assertFalse(watch.livelocked(), "after " + watch.stepsWithoutProgress() + " steps");
            saw(new TraceEvent.AcquireRequest(0, 0, PHIL, RIGHT, Patience.TRY));
            saw(new TraceEvent.AcquireTimeout(0, 0, PHIL, RIGHT));
            watch.stepTaken(PHIL_KEY, "tryAcquire of Lock-2");
            watch.stepTaken(PHIL_KEY, "Time.sleep");
        }
        assertTrue(watch.livelocked());
        assertEquals(Map.of(PHIL_KEY, Map.of("tryAcquire of Lock-2", 3, "Time.sleep", 3)), watch.loops());
    }

    @Test
    void aLinePrintedIsProgress() {
        stepsWithoutProgress(BOUND - 1);
        saw(new TraceEvent.Output(0, 0, PHIL, "phil 1 is eating", null));
        stepsWithoutProgress(BOUND - 1);
        assertFalse(watch.livelocked());
        assertEquals(Map.of(PHIL_KEY, Map.of("step", BOUND - 1)), watch.loops(), "only what came after the line");
    }

    @Test
    void aLockHandedToATaskInTheSameStateAsBeforeIsNoProgress_inANewStateItIs() {
        grant(LEFT, List.of("Lock-1"));
        stepsWithoutProgress(BOUND - 1);
        saw(new TraceEvent.Release(0, 0, PHIL, LEFT));
        grant(LEFT, List.of("Lock-1")); // put down and taken again: the same state as before
        watch.stepTaken(PHIL_KEY, "step");
        assertTrue(watch.livelocked());

        ProgressWatch fresh = new ProgressWatch(BOUND);
        fresh.saw(new TraceEvent.AcquireGrant(0, 0, PHIL, LEFT), key -> List.of("Lock-1"));
        for (int i = 0; i < BOUND - 1; i++) {
            fresh.stepTaken(PHIL_KEY, "step");
        }
        fresh.saw(new TraceEvent.AcquireGrant(0, 0, PHIL, RIGHT), key -> List.of("Lock-1", "Lock-2")); // both forks
        fresh.stepTaken(PHIL_KEY, "step");
        assertFalse(fresh.livelocked());
    }

    @Test
    void aValueSetToAValueNotSeenBeforeIsProgress_backToAnOldOneIsNot() {
        saw(new TraceEvent.ValueSet(0, 0, PHIL, COUNTER, "1"));
        stepsWithoutProgress(BOUND - 1);
        saw(new TraceEvent.ValueSet(0, 0, PHIL, COUNTER, "2"));
        stepsWithoutProgress(BOUND - 1);
        assertFalse(watch.livelocked());
        saw(new TraceEvent.ValueSet(0, 0, PHIL, COUNTER, "1"));
        saw(new TraceEvent.ValueGet(0, 0, PHIL, COUNTER, "1"));
        watch.stepTaken(PHIL_KEY, "step");
        assertTrue(watch.livelocked());
    }

    @Test
    void processesStartingOrEndingAndQueueItemsMovingAreProgress() {
        SyncObject queue = new SyncObject("Queue-1", ObjectKind.QUEUE);
        List<TraceEvent> progress = List.of(
                new TraceEvent.ProcessStart(0, 0, PHIL, "Process-2", 42),
                new TraceEvent.ProcessExit(0, 0, PHIL, "Process-2", 0),
                new TraceEvent.Join(0, 0, PHIL, "Process-2", 0),
                new TraceEvent.QueuePut(0, 0, PHIL, queue, "x"),
                new TraceEvent.QueueGet(0, 0, PHIL, queue, "x"));
        for (TraceEvent event : progress) {
            stepsWithoutProgress(BOUND - 1);
            saw(event);
        }
        stepsWithoutProgress(BOUND - 1);
        assertFalse(watch.livelocked());
    }

    @Test
    void theReportNamesTheStepsATaskRepeatsMostFrequentFirst_notAStepItTookOnce() {
        Map<String, Integer> steps = new java.util.LinkedHashMap<>();
        steps.put("acquire of Lock-1", 1);
        steps.put("Time.sleep", 5);
        steps.put("tryAcquire of Lock-2", 6);
        assertEquals(List.of("tryAcquire of Lock-2 (6 times)", "Time.sleep (5 times)"),
                ProgressWatch.mostFrequentFirst(steps));
    }

    private void grant(SyncObject object, List<String> holdsAfter) {
        holds = holdsAfter;
        saw(new TraceEvent.AcquireGrant(0, 0, PHIL, object));
    }

    private void saw(TraceEvent event) {
        watch.saw(event, key -> holds);
    }

    private void stepsWithoutProgress(int steps) {
        for (int i = 0; i < steps; i++) {
            watch.stepTaken(PHIL_KEY, "step");
        }
    }
}
