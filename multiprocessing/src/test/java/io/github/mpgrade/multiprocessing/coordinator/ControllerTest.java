package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The controller runs what its scheduler picks, and a scheduler that fails to decide stops the
 * run with a failure that names what went wrong, instead of some other operation running.
 */
class ControllerTest {
    private final SyncState state = new SyncState(null, Console.silent(), () -> { });
    private final List<String> ran = new ArrayList<>();

    /** Two tasks of process 0 (which no record describes: every process counts as quiet) ask to begin. */
    private Controller controllerWithTwoOperations(Scheduler scheduler) {
        Controller controller = new Controller(scheduler, state, 100);
        for (long thread = 1; thread <= 2; thread++) {
            String name = "thread " + thread;
            controller.submit(new PendingOperation(new Session(null), thread, new TaskKey(0, thread),
                    Choice.Operation.BEGIN, null, 0, timeout -> ran.add(name)));
        }
        return controller;
    }

    @Test
    void whatTheSchedulerPicksRuns_oneStepAtATime() {
        Controller controller = controllerWithTwoOperations((enabled, step) -> enabled.get(enabled.size() - 1));
        controller.decide();
        assertEquals(List.of("thread 2", "thread 1"), ran);
        assertEquals(2, controller.decisions().size());
        assertNull(controller.schedulerFailure());
    }

    @Test
    void aSchedulerThatThrowsStopsTheRunAndIsNamed() {
        IllegalStateException boom = new IllegalStateException("boom");
        Controller controller = controllerWithTwoOperations((enabled, step) -> {
            if (step == 1) {
                throw boom;
            }
            return enabled.get(0);
        });
        controller.decide();
        assertEquals(List.of("thread 1"), ran, "nothing runs after the failed step");
        SchedulerFailure failure = controller.schedulerFailure();
        assertEquals(1, failure.step());
        assertSame(boom, failure.cause());
        assertEquals("The scheduler failed at step 1: it threw java.lang.IllegalStateException: boom. The run was"
                + " stopped there.", failure.message());
        assertTrue(controller.cutShort());
        controller.decide();
        assertEquals(List.of("thread 1"), ran, "a stopped run stays stopped");
    }

    @Test
    void aSchedulerThatPicksWhatItWasNotOfferedStopsTheRunAndIsNamed() {
        Choice foreign = new Choice("Process-9/main", Choice.Operation.RELEASE, "Lock-1", List.of(), 0, false);
        Controller controller = controllerWithTwoOperations((enabled, step) -> foreign);
        controller.decide();
        assertEquals(List.of(), ran);
        SchedulerFailure failure = controller.schedulerFailure();
        assertEquals(0, failure.step());
        assertNull(failure.cause());
        assertEquals("The scheduler failed at step 0: it picked Process-9/main RELEASE Lock-1, which is not one of the 2"
                + " operations it was offered. The run was stopped there.", failure.message());
        assertEquals(List.of(), controller.decisions());
    }
}
