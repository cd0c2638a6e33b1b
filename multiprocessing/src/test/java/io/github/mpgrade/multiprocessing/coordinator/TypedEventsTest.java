package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The event log's typed vocabulary: each fact has one field of one type, and signatures leave out what runs differ in. */
class TypedEventsTest {
    private static final Task MAIN_IN_ONE_JVM = new Task(0, "MainProcess", 1, "main");
    private static final Task MAIN_IN_ANOTHER_JVM = new Task(0, "MainProcess", 27, "main");

    @Test
    void theWiresMillisecondsBecomePatience_minusOneForeverZeroATryElseALimit() {
        assertEquals(Patience.FOREVER, Patience.ofWireMillis(-1));
        assertTrue(Patience.ofWireMillis(-1).forever());
        assertEquals(Patience.TRY, Patience.ofWireMillis(0));
        assertTrue(Patience.ofWireMillis(0).onlyTries());
        Patience timed = Patience.ofWireMillis(250);
        assertFalse(timed.forever());
        assertFalse(timed.onlyTries());
        assertEquals(Duration.ofMillis(250), timed.limit());
        assertEquals("at most 250 ms", timed.toString());
    }

    @Test
    void patienceCannotBeBothForeverAndLimited_norNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Patience(true, Duration.ofMillis(5)));
        assertThrows(IllegalArgumentException.class, () -> new Patience(false, Duration.ofMillis(-5)));
    }

    @Test
    void aStartsSignatureLeavesOutThePidTheTimeAndTheThreadId() {
        TraceEvent here = new TraceEvent.ProcessStart(3, 1_000, MAIN_IN_ONE_JVM, "Process-1", 4242);
        TraceEvent there = new TraceEvent.ProcessStart(3, 9_999, MAIN_IN_ANOTHER_JVM, "Process-1", 777);
        assertEquals(here.signature(), there.signature());
        assertNotEquals(here.signature(),
                new TraceEvent.ProcessStart(3, 1_000, MAIN_IN_ONE_JVM, "Process-2", 4242).signature());
    }

    @Test
    void aVerdictsSignatureLeavesOutItsReport_butAnExitKeepsItsCode() {
        assertEquals(new TraceEvent.Deadlock(9, 1, MAIN_IN_ONE_JVM, "report with pids 12 and 13").signature(),
                new TraceEvent.Deadlock(9, 2, MAIN_IN_ONE_JVM, "report with pids 40 and 41").signature());
        assertNotEquals(new TraceEvent.ProcessExit(9, 1, MAIN_IN_ONE_JVM, "Process-1", 0).signature(),
                new TraceEvent.ProcessExit(9, 1, MAIN_IN_ONE_JVM, "Process-1", 1).signature());
    }

    @Test
    void anAcquiresSignatureSaysHowPatientItWas() {
        SyncObject fork = new SyncObject("Lock-1", ObjectKind.LOCK);
        assertNotEquals(new TraceEvent.AcquireRequest(1, 1, MAIN_IN_ONE_JVM, fork, Patience.FOREVER).signature(),
                new TraceEvent.AcquireRequest(1, 1, MAIN_IN_ONE_JVM, fork, Patience.TRY).signature());
    }

    @Test
    void onlyTheSemaphoresInsideAHigherPrimitiveAreInternal() {
        Set<ObjectKind> internal = Arrays.stream(ObjectKind.values()).filter(ObjectKind::isInternal)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ObjectKind.class)));
        assertEquals(EnumSet.of(ObjectKind.CONDITION_SLEEPING, ObjectKind.CONDITION_WOKEN, ObjectKind.CONDITION_WAKEUP,
                ObjectKind.EVENT_FLAG, ObjectKind.SEMAPHORE_MULTIPLE,
                ObjectKind.COUNT_DOWN_LATCH_COUNT, ObjectKind.EXECUTOR_STATE, ObjectKind.QUEUE_SLOTS,
                ObjectKind.QUEUE_UNFINISHED, ObjectKind.PIPE_COPIES, ObjectKind.QUEUE_ALL_DONE,
                ObjectKind.ARRAY_BLOCKING_QUEUE_NOT_EMPTY, ObjectKind.ARRAY_BLOCKING_QUEUE_NOT_FULL,
                ObjectKind.LINKED_BLOCKING_QUEUE_NOT_EMPTY, ObjectKind.LINKED_BLOCKING_QUEUE_NOT_FULL,
                ObjectKind.EXECUTOR_QUEUE_NOT_EMPTY, ObjectKind.EXECUTOR_QUEUE_NOT_FULL,
                ObjectKind.CYCLIC_BARRIER_TRIP, ObjectKind.READ_WRITE_LOCK_TURN), internal);
        assertTrue(internal.stream().allMatch(ObjectKind::isSemaphore));
        assertFalse(ObjectKind.VALUE.isSemaphore());
        assertFalse(ObjectKind.QUEUE.isSemaphore());
        assertTrue(ObjectKind.PIPE.isQueue() && ObjectKind.POOL_TASKS.isQueue() && ObjectKind.POOL_RESULT.isQueue());
    }

    @Test
    void onlyTheRecursiveLocksAndAMonitorAreRecursive_andEveryKindHasALabelOfItsOwn() {
        assertEquals(EnumSet.of(ObjectKind.RLOCK, ObjectKind.REENTRANT_LOCK, ObjectKind.MONITOR), Arrays.stream(ObjectKind.values()).filter(ObjectKind::isRecursive)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ObjectKind.class))));
        assertEquals(ObjectKind.values().length,
                Arrays.stream(ObjectKind.values()).map(ObjectKind::label).distinct().count());
    }
}
