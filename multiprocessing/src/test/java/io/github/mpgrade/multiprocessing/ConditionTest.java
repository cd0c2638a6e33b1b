package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.primitives.ConditionSignals;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A {@link Condition} across processes: one program, {@link ConditionSignals}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(ConditionSignals.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void awaitAndSignalWithoutHoldingTheLockThrowIllegalStateException() {
        assertEquals(List.of(
                "await() without the lock: IllegalStateException: must acquire() the condition's lock before await()",
                "signal() without the lock: IllegalStateException: must acquire() the condition's lock before signal()",
                "signalAll() without the lock: IllegalStateException: must acquire() the condition's lock before"
                        + " signalAll()"), program.lines().subList(0, 3));
    }

    @Test
    void holdingTheLockMeansTheCallerHoldsIt_notThatSomeProcessDoes() {
        assertEquals(List.of("signal() by a process that does not hold the lock (main does): IllegalStateException:"
                + " must acquire() the condition's lock before signal()"), program.linesOf("Process-3"));
    }

    @Test
    void aTimedAwaitWithNoSignalReturnsFalseWithTheLockHeldAgain() {
        program.assertPrinted("await(100 ms) with no signal returned false");
        program.assertPrinted("the lock was held again after the timed-out await");
    }

    @Test
    void signalInOneProcessWakesExactlyOneWaiterInAnother() {
        program.assertPrinted("signal() woke one waiter");
        program.assertPrinted("another waiter woke within 300 ms: false");
    }

    @Test
    void signalAllWakesEveryWaiter() {
        program.assertPrinted("signalAll() woke both waiters: true");
        program.assertPrinted("the last signal() woke the waiter that was not woken first: true");
        assertEquals(0, program.exitOf("Process-1").exitCode());
        assertEquals(0, program.exitOf("Process-2").exitCode());
    }

    @Test
    void awaitLetsGoOfAnRLockHoweverOftenItIsHeldAndTakesItBackAsOften() {
        assertEquals(List.of("Process-4 acquired the RLock main holds twice, and signals"), program.linesOf("Process-4"));
        assertTrue(program.seqOf("Process-4 acquired the RLock main holds twice, and signals")
                < program.seqOf("main woke holding the RLock again"));
        program.assertPrinted("the RLock was held exactly twice again: a third release throws");
    }
}
