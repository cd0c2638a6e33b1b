package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;

import io.github.mpgrade.multiprocessing.Array;
import io.github.mpgrade.multiprocessing.BoundedSemaphore;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.RLock;
import io.github.mpgrade.multiprocessing.SemLock;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** CPython's _TestLock, _TestSemaphore (get_value), _TestValue (lock=) and _TestArray, ported. */
public class LocksValuesArrays {
    /** _TestArray.f: each element becomes the running sum, in another process. */
    static void runningSums(Array<Integer> seq) {
        for (int i = 1; i < seq.size(); i++) {
            seq.set(i, seq.get(i) + seq.get(i - 1));
        }
    }

    public static void main(String[] args) {
        check("lock", () -> { // _TestLock.test_lock, with locked() of 3.14
            Lock lock = new Lock();
            expect(!lock.isLocked(), "a new Lock is not locked");
            expect(lock.tryAcquire(), "acquire(True)");
            expect(lock.isLocked(), "locked() after acquire");
            expect(!lock.tryAcquire(), "acquire(False) while held");
            lock.release();
            expect(!lock.isLocked(), "not locked after release");
            expectThrows(IllegalStateException.class, lock::release);
        });
        check("lock_locked_by_another_process", () -> {
            Lock lock = new Lock();
            Process p = new Process(() -> lock.acquire());
            p.start();
            p.join();
            expect(lock.isLocked(), "held by a process that ended: still locked");
        });
        check("rlock", () -> { // _TestLock.test_rlock
            RLock lock = new RLock();
            expect(!lock.isLocked(), "new RLock");
            lock.acquire();
            lock.acquire();
            lock.acquire();
            expect(lock.isLocked(), "locked at depth 3");
            lock.release();
            lock.release();
            expect(lock.isLocked(), "still locked at depth 1");
            lock.release();
            expect(!lock.isLocked(), "released fully");
            expectThrows(IllegalStateException.class, lock::release);
        });
        check("lock_context", () -> { // _TestLock.test_lock_context: with self.Lock(): pass
            Lock lock = new Lock();
            try (SemLock.Hold held = lock.hold()) {
                expect(lock.isLocked(), "held inside the block");
            }
            expect(!lock.isLocked(), "released after the block");
            SemLock.Hold hold = lock.hold();
            hold.close();
            hold.close(); // a second close does nothing
            expect(!lock.isLocked(), "one release only");
        });
        check("rlock_hold_closed_by_another_thread", () -> {
            RLock lock = new RLock();
            SemLock.Hold hold = lock.hold();
            List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
            Thread other = new Thread(() -> {
                try {
                    hold.close();
                } catch (Throwable t) {
                    thrown.add(t);
                }
            });
            other.start();
            other.join();
            expect(thrown.size() == 1 && thrown.get(0) instanceof IllegalStateException, "thrown: " + thrown);
            lock.release();
        });
        check("semaphore_get_value", () -> { // _TestSemaphore.test_semaphore / test_bounded_semaphore
            Semaphore sem = new Semaphore(2);
            expectEquals(2, sem.getValue());
            sem.acquire();
            expectEquals(1, sem.getValue());
            sem.acquire();
            expectEquals(0, sem.getValue());
            expect(!sem.tryAcquire(), "acquire(False) at 0");
            sem.release();
            expectEquals(1, sem.getValue());
            sem.release();
            sem.release();
            expectEquals(3, sem.getValue());
            BoundedSemaphore bounded = new BoundedSemaphore(2);
            bounded.acquire();
            bounded.release();
            expectEquals(2, bounded.getValue());
            expectThrows(IllegalStateException.class, bounded::release);
            try (SemLock.Hold held = bounded.hold()) {
                expectEquals(1, bounded.getValue());
            }
            expectEquals(2, bounded.getValue());
        });
        check("value_with_given_lock", () -> { // _TestValue.test_getobj_getlock: lock=lock
            RLock lock = new RLock();
            Value<Integer> value = new Value<>(5, lock);
            expect(value.getLock() == lock, "getLock() is the very lock given");
            expectEquals(5, value.get());
            Value<Integer> own = new Value<>(5);
            expect(own.getLock() != lock, "a Value of its own has its own lock");
            expectThrows(NullPointerException.class, () -> new Value<>(5, null));
        });
        check("value_with_given_lock_across_processes", () -> {
            RLock lock = new RLock();
            Value<Integer> counter = new Value<>(0, lock);
            List<Process> ps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ps.add(new Process(() -> {
                    for (int k = 0; k < 20; k++) {
                        try (SemLock.Hold held = counter.getLock().hold()) {
                            counter.set(counter.get() + 1);
                        }
                    }
                }));
            }
            ps.forEach(Process::start);
            ps.forEach(Process::join);
            expectEquals(40, counter.get());
        });
        check("array", () -> { // _TestArray.test_array
            List<Integer> seq = new ArrayList<>(List.of(680, 626, 934, 821, 150, 233, 548, 982, 714, 831));
            Array<Integer> arr = new Array<>(seq);
            expectEquals(seq.size(), arr.size());
            expectEquals(seq.get(3), arr.get(3));
            expectEquals(seq.subList(2, 7), arr.toList().subList(2, 7));
            for (int i = 4; i < 8; i++) { // arr[4:8] = seq[4:8] = [1, 2, 3, 4]
                arr.set(i, i - 3);
                seq.set(i, i - 3);
            }
            expectEquals(seq, arr.toList());
            for (int i = 1; i < seq.size(); i++) {
                seq.set(i, seq.get(i) + seq.get(i - 1));
            }
            Process p = new Process(() -> runningSums(arr));
            p.setDaemon(true);
            p.start();
            p.join();
            expectEquals(seq, arr.toList());
        });
        check("array_from_size", () -> { // _TestArray.test_array_from_size
            for (int round = 0; round < 3; round++) {
                Array<Integer> arr = new Array<>(int.class, 10);
                expectEquals(10, arr.size());
                expectEquals(Collections.nCopies(10, 0), arr.toList());
                for (int i = 0; i < 10; i++) {
                    arr.set(i, i);
                }
                expectEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), arr.toList());
            }
            expectEquals(List.of(0.0, 0.0), new Array<>(Double.class, 2).toList());
            expectEquals(List.of(false), new Array<>(boolean.class, 1).toList());
            expectEquals(List.of('\0'), new Array<>(Character.class, 1).toList());
            expectEquals(0, new Array<>(long.class, 0).size());
        });
        check("array_refusals", () -> {
            expectThrows(IllegalArgumentException.class, () -> new Array<>(String.class, 3));
            expectThrows(IllegalArgumentException.class, () -> new Array<>(int.class, -1));
            expectThrows(NullPointerException.class, () -> new Array<>(java.util.Arrays.asList(1, null)));
            expectThrows(IllegalArgumentException.class, () -> new Array<>(List.of(new Object())));
            Array<Integer> arr = new Array<>(int.class, 2);
            expectThrows(IndexOutOfBoundsException.class, () -> arr.get(2));
            expectThrows(IndexOutOfBoundsException.class, () -> arr.get(-1));
            expectThrows(IndexOutOfBoundsException.class, () -> arr.set(5, 1));
            expectThrows(NullPointerException.class, () -> arr.set(0, null));
            expectThrows(UnsupportedOperationException.class, () -> arr.toList().set(0, 1));
        });
        check("array_lock_guards_increments", () -> { // _TestArray.test_getobj_getlock_obj, in use
            Array<Integer> arr = new Array<>(int.class, 3);
            List<Process> ps = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ps.add(new Process(() -> {
                    for (int k = 0; k < 10; k++) {
                        for (int j = 0; j < arr.size(); j++) {
                            try (SemLock.Hold held = arr.getLock().hold()) {
                                arr.set(j, arr.get(j) + 1);
                            }
                        }
                    }
                }));
            }
            ps.forEach(Process::start);
            ps.forEach(Process::join);
            expectEquals(List.of(30, 30, 30), arr.toList());
        });
    }
}
