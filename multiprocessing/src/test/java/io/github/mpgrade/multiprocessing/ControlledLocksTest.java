package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.samples.juc.ReadWriteLockRules;
import io.github.mpgrade.samples.juc.ReentrantLockRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent's ReentrantLock and ReentrantReadWriteLock keep Java's documented rules while every
 * lock and unlock goes through the coordinator.
 */
class ControlledLocksTest {

    @Test
    void aReentrantLockIsReentrantOwnedByOneThreadAndItsConditionLetsGoOfEveryHoldWhileWaiting() throws Exception {
        try (Programs.Launched program = Programs.launch(ReentrantLockRules.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of(
                    "after two lock(): hold count 2, held by me true, locked true",
                    "another thread: tryLock() = false, held by it false",
                    "another thread: tryLock(50 ms) = false",
                    "another thread: unlock() threw IllegalMonitorStateException",
                    "after one unlock(): hold count 1, locked true",
                    "after two unlock(): hold count 0, locked false",
                    "a third unlock() threw IllegalMonitorStateException",
                    "await() without the lock threw IllegalMonitorStateException",
                    "signal() without the lock threw IllegalMonitorStateException",
                    "awaitNanos(30 ms) with no signal returned a value <= 0: true, lock held again: true",
                    "main signalled while holding the lock",
                    "the waiter woke holding the lock 2 times",
                    "done, locked false"), program.lines());
        }
    }

    @Test
    void aReadWriteLockLetsManyReadOrOneWriteAndTheWriterDowngrade() throws Exception {
        try (Programs.Launched program = Programs.launch(ReadWriteLockRules.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of(
                    "two readers at once: read locks 3, mine 2",
                    "a writer while they read: tryLock() = false, tryLock(20 ms) = false",
                    "the writer holds it 2 times, write locked true by me true",
                    "a reader while one writes: tryLock() = false",
                    "downgraded: write locked false, read locks 1",
                    "another reader after the downgrade: tryLock() = true",
                    "a read unlock without a read lock: threw IllegalMonitorStateException",
                    "a write unlock without the write lock: threw IllegalMonitorStateException"), program.lines());
        }
    }
}
