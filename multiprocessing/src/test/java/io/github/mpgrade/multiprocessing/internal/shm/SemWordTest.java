package io.github.mpgrade.multiprocessing.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word protocol of the fast path ({@link SemWord}) and the event ring, on a real mapped file. */
class SemWordTest {
    @TempDir
    Path folder;

    private SharedSegment segment() throws IOException {
        return SharedSegment.create(folder.resolve("shm"), 16, 2, 4);
    }

    @Test
    void aTakeUsesAFreePermitAndIsRefusedWhenNoneIsFree() throws IOException {
        SemWord word = segment().word(1);
        word.init(1);
        assertEquals(1, word.take(), "the version after the first change");
        assertEquals(SemWord.REFUSED, word.take());
        assertEquals(0, word.permits());
    }

    @Test
    void withNoPermitFreeTheCallerCountsItselfAsAWaiterInTheSameStep() throws IOException {
        SemWord word = segment().word(1);
        word.init(0);
        assertEquals(SemWord.REGISTERED, word.takeOrRegister());
        assertEquals(SemWord.REGISTERED, word.takeOrRegister());
        assertEquals(2, word.waiters());
        long released = word.release(1);
        assertTrue((released & SemWord.HAD_WAITERS) != 0, "a release that sees waiters says so");
        assertEquals(1, SemWord.versionOf(released));
        assertEquals(2, word.grant(), "the coordinator grants: permit and waiter out together");
        assertEquals(0, word.permits());
        assertEquals(1, word.waiters());
        assertEquals(SemWord.REFUSED, word.grant(), "no permit, no grant");
        word.leave();
        assertEquals(0, word.waiters());
        word.leave();
        assertEquals(0, word.waiters(), "leaving never goes below zero");
    }

    @Test
    void aReleaseBeyondTheMaximumIsRefusedAndChangesNothing() throws IOException {
        SemWord word = segment().word(2);
        word.init(1);
        assertEquals(SemWord.REFUSED, word.release(1));
        assertEquals(1, word.permits());
        assertEquals(1, word.take(), "the refused release did not count as a change");
    }

    @Test
    void aPermitTakenBeforeTheWaiterCountedItselfIsSeenByTheWaiter() throws IOException {
        SemWord word = segment().word(3);
        word.init(0);
        word.release(1); // a release before the count: no waiter yet, so nobody is told
        assertEquals(2, word.takeOrRegister(), "the would-be waiter takes the permit instead (version 2)");
        assertEquals(0, word.waiters());
    }

    @Test
    void threadsHammeringOneWordNeitherMakeNorLosePermitsAndExcludeEachOther() throws Exception {
        SemWord word = segment().word(4);
        word.init(1);
        int threads = 4;
        int rounds = 100_000;
        int[] counter = new int[1];
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    while (word.take() == SemWord.REFUSED) {
                        Thread.onSpinWait();
                    }
                    counter[0]++; // guarded by the word alone
                    assertTrue(word.release(1) != SemWord.REFUSED);
                }
            });
            all.add(thread);
            thread.start();
        }
        for (Thread thread : all) {
            thread.join();
        }
        assertEquals(threads * rounds, counter[0]);
        assertEquals(1, word.permits());
        assertEquals(0, word.waiters());
    }

    @Test
    void aRingHoldsItsCapacityAndGivesItsRecordsBackInOrder() throws IOException {
        EventRing ring = segment().ring(1);
        for (int i = 0; i < 4; i++) {
            assertTrue(ring.tryAppend(7, RingEvent.TOOK, null, 3, i, -1, 1));
        }
        assertFalse(ring.tryAppend(7, RingEvent.RELEASED, null, 3, 4, 0, 1), "full until drained");
        List<EventRing.Entry> drained = new ArrayList<>();
        ring.drain(drained::add);
        assertEquals(List.of(0L, 1L, 2L, 3L), drained.stream().map(EventRing.Entry::version).toList());
        assertEquals(new EventRing.Entry(7, RingEvent.TOOK.ordinal(), 0, 3, 0, -1, 1), drained.get(0));
        assertTrue(ring.tryAppend(8, RingEvent.VALUE_SET, CellContent.DOUBLE, 3, 4, Double.doubleToLongBits(-0.5), 1));
        drained.clear();
        ring.drain(drained::add);
        assertEquals(List.of(new EventRing.Entry(8, RingEvent.VALUE_SET.ordinal(), CellContent.DOUBLE.ordinal(), 3, 4,
                Double.doubleToLongBits(-0.5), 1)), drained, "a Value's record carries its content and bits");
    }

    @Test
    void anotherMappingOfTheFileSeesTheSameWords() throws IOException {
        SharedSegment made = segment();
        made.word(5).init(3);
        SharedSegment opened = SharedSegment.open(folder.resolve("shm"));
        assertEquals(1, opened.word(5).take());
        assertEquals(2, made.word(5).permits());
    }
}
