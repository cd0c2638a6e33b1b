package io.github.mpgrade.multiprocessing.internal.shm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A task about to block through the coordinator first spins, then yields, for about as long as blocking costs. */
class SpinWaitTest {
    @Test
    void aWaitBeforeBlockingSpinsItsRoundsFirst_thenGivesUpOnlyOnceItsTimeIsUp() {
        SpinWait.BeforeBlocking wait = new SpinWait.BeforeBlocking();
        long began = System.nanoTime();
        int pauses = 0;
        while (wait.pause()) {
            pauses++;
        }
        long waited = System.nanoTime() - began;
        assertTrue(pauses > SpinWait.SPINS, "it spins " + SpinWait.SPINS + " rounds before it looks at the clock");
        assertTrue(waited >= SpinWait.BEFORE_BLOCKING_NANOS, "it gave up after " + waited + " ns");
        assertFalse(wait.pause(), "once up, its time stays up");
    }
}
