package io.github.mpgrade.multiprocessing.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell protocol of a Value in shared memory ({@link SharedCell}), on a real mapped file. */
class SharedCellTest {
    @TempDir
    Path folder;

    private SharedSegment segment() throws IOException {
        return SharedSegment.create(folder.resolve("shm"), 16, 2, 4);
    }

    private static SharedCell cellOf(SharedSegment segment, int id, Object initial) {
        SharedCell cell = segment.cell(id);
        CellContent content = CellContent.of(initial);
        cell.init(content, content.bits(initial));
        return cell;
    }

    @Test
    void eachGetReadsTheContentAndCountsTheNextVersion() throws IOException {
        SharedCell cell = cellOf(segment(), 1, 41);
        SharedCell.Snapshot first = cell.get();
        assertEquals(41, first.value());
        assertEquals(CellContent.INTEGER, first.content());
        assertEquals(1, first.version());
        assertEquals(2, cell.get().version());
    }

    @Test
    void aSetReplacesTheContentAndMayChangeItsKind() throws IOException {
        SharedCell cell = cellOf(segment(), 2, 1);
        assertEquals(1, cell.set(CellContent.LONG, 7L, 1));
        assertEquals(7L, cell.get().value());
        assertEquals(3, cell.set(CellContent.DOUBLE, CellContent.DOUBLE.bits(2.5), 2));
        assertEquals(2.5, cell.get().value());
        cell.set(CellContent.NULL, 0, 1);
        SharedCell.Snapshot empty = cell.get();
        assertEquals(CellContent.NULL, empty.content());
        assertNull(empty.value());
    }

    @Test
    void aGetWaitsWhileASetterHoldsTheStampAndTheCoordinatorFreesTheStampOfOneThatDied() throws Exception {
        SharedCell cell = cellOf(segment(), 3, 10);
        assertEquals(0, cell.lockForMove(2), "setter 2 holds the stamp, and then dies");
        CompletableFuture<SharedCell.Snapshot> reader = CompletableFuture.supplyAsync(cell::get);
        assertThrows(TimeoutException.class, () -> reader.get(200, TimeUnit.MILLISECONDS), "a get waits");
        assertFalse(cell.recover(1, false), "only the dead setter's number is taken out");
        assertTrue(cell.recover(2, false));
        SharedCell.Snapshot read = reader.get(10, TimeUnit.SECONDS);
        assertEquals(10, read.value(), "the set it died in did not happen");
        assertEquals(1, read.version(), "and counted no version");
        assertFalse(cell.inCoordinator());
    }

    @Test
    void aMoveLeavesTheContentToTheCoordinatorForGood_alsoWhenTheMoverDiedAfterTheCoordinatorTookIt()
            throws IOException {
        SharedSegment segment = segment();
        SharedCell moved = cellOf(segment, 4, 'a');
        moved.get();
        assertEquals(1, moved.lockForMove(1), "the version of the last get or set comes before the move");
        moved.moved();
        assertTrue(moved.inCoordinator());
        assertNull(moved.get(), "every get goes to the coordinator now");
        assertEquals(SharedCell.IN_COORDINATOR, moved.set(CellContent.CHARACTER, 'b', 1));
        assertEquals(SharedCell.IN_COORDINATOR, moved.lockForMove(2));

        SharedCell died = cellOf(segment, 5, true);
        died.lockForMove(1);
        assertTrue(died.recover(1, true));
        assertTrue(died.inCoordinator());
    }

    @Test
    void settersAndGettersOfOneCellNeverSeeHalfASetAndCountEveryVersionOnce() throws Exception {
        SharedCell cell = cellOf(segment(), 6, 0L);
        int rounds = 50_000;
        List<BitSet> versions = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<String> torn = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            BitSet seen = new BitSet();
            versions.add(seen);
            int kind = t;
            threads.add(new Thread(() -> {
                for (int i = 1; i <= rounds; i++) {
                    if (kind == 0) { // a long whose halves are equal
                        seen.set(cell.set(CellContent.LONG, i * 0x1_0000_0001L, 1));
                    } else if (kind == 1) { // a double with .5 after the point
                        seen.set(cell.set(CellContent.DOUBLE, CellContent.DOUBLE.bits(i + 0.5), 2));
                    } else {
                        SharedCell.Snapshot read = cell.get();
                        seen.set(read.version());
                        boolean whole = read.content() == CellContent.LONG
                                ? (read.bits() >>> 32) == (read.bits() & 0xffff_ffffL)
                                : (double) read.value() % 1 == 0.5;
                        if (!whole) {
                            synchronized (torn) {
                                torn.add(read.toString());
                            }
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), torn, "every read is one set's content, of the kind that set wrote");
        BitSet all = new BitSet();
        int counted = 0;
        for (BitSet seen : versions) {
            counted += seen.cardinality();
            all.or(seen);
        }
        assertEquals(4 * rounds, counted, "no two calls counted the same version");
        assertEquals(4 * rounds, all.cardinality());
        assertEquals(1, all.nextSetBit(0), "versions 1 to " + 4 * rounds + ", none missing");
        assertEquals(4 * rounds + 1, all.nextClearBit(1));
    }

    @Test
    void anotherMappingOfTheFileSeesTheSameCell() throws IOException {
        SharedSegment made = segment();
        SharedCell cell = cellOf(made, 7, (short) 3);
        SharedCell opened = SharedSegment.open(folder.resolve("shm")).cell(7);
        opened.set(CellContent.SHORT, 4, 1);
        assertEquals((short) 4, cell.get().value());
        assertEquals(3, opened.get().version(), "the set, the get through the other mapping, this get");
    }
}
