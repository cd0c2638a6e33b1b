package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import io.github.mpgrade.multiprocessing.internal.shm.EventRing;
import io.github.mpgrade.multiprocessing.internal.shm.RingEvent;
import io.github.mpgrade.multiprocessing.internal.shm.SemWord;
import io.github.mpgrade.multiprocessing.internal.shm.SharedCell;
import io.github.mpgrade.multiprocessing.internal.shm.SharedSegment;
import io.github.mpgrade.multiprocessing.internal.shm.SpinWait;
import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * This process's side of a free run's fast path: the locks and semaphores whose permits live in
 * shared memory are taken and given back here with a compare-and-set, and the Values whose
 * content lives there are got and set here, without a round trip to the coordinator; each call is
 * written to this process's event ring for the coordinator's log. Only a task that must wait, a
 * release that finds waiters, or a set that does not fit a Value's cell talks to the coordinator
 * (the protocols are {@link SemWord}'s and {@link SharedCell}'s). Controlled runs never get here:
 * the coordinator makes no shared memory for them.
 */
public final class FastPath {
    /** {@link #getValue}'s answer once the coordinator holds the Value's content. */
    public static final Object NOT_IN_CELL = new Object();
    private static volatile FastPath instance;
    /** How many times the calling thread holds each RLock (by id) it holds: only the owner changes it. */
    private static final ThreadLocal<Map<Integer, Integer>> RLOCK_DEPTHS = ThreadLocal.withInitial(HashMap::new);

    private final Client client;
    private final SharedSegment segment;
    /** Guards the ring: one writer at a time, and each thread's records in its order. */
    private final EventRing ring;
    /** The number this process sets cells with. */
    private final int setter;

    private FastPath(Client client, SharedSegment segment, int ringIndex) {
        this.client = client;
        this.segment = segment;
        this.ring = segment.ring(ringIndex);
        this.setter = SharedCell.setterOf(ringIndex);
    }

    /**
     * The fast path of this process, attached at the first use of a lock in shared memory.
     *
     * @throws IllegalStateException if the shared memory the coordinator made cannot be mapped here
     */
    public static FastPath get() {
        FastPath fast = instance;
        if (fast == null) {
            synchronized (FastPath.class) {
                fast = instance;
                if (fast == null) {
                    instance = fast = attach(Client.get());
                }
            }
        }
        return fast;
    }

    /** The process ended: the next process of a reused JVM attaches its own segment; the host thread holds no RLock. */
    static void forget() {
        instance = null;
        RLOCK_DEPTHS.remove();
    }

    private static FastPath attach(Client client) {
        Reply reply = client.call(Op.SHM_ATTACH, false, frame -> { });
        if (!reply.ok()) {
            throw new IllegalStateException("the multiprocessing coordinator keeps this program's locks in shared"
                    + " memory but gives this process none; every process of a program must be started by it");
        }
        try {
            SharedSegment segment = SharedSegment.open(Path.of(reply.message()));
            return new FastPath(client, segment, (int) reply.number());
        } catch (IOException e) {
            throw new IllegalStateException("this process cannot map the shared memory of its program's locks ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Takes a permit of the lock or semaphore numbered {@code id}, waiting at most {@code millis}
     * (-1 for ever, 0 only tries).
     */
    public boolean acquire(int id, long millis) {
        long thread = caller();
        SemWord word = segment.word(id);
        if (millis == 0) {
            long version = word.take();
            boolean took = version != SemWord.REFUSED;
            record(thread, took ? RingEvent.TOOK : RingEvent.TRY_FAILED, null, id, version, 0);
            return took;
        }
        long version = takeSpinningFirst(word);
        if (version != SemWord.REGISTERED) {
            record(thread, RingEvent.TOOK, null, id, version, millis);
            return true;
        }
        record(thread, RingEvent.WAITING, null, id, -1, millis);
        Reply reply = client.call(Op.SHM_ACQUIRE, true, frame -> frame.putInt(id).putLong(millis));
        if (reply.ok()) {
            record(thread, RingEvent.GRANTED, null, id, reply.extra(), 0);
            return true;
        }
        record(thread, RingEvent.TIMED_OUT, null, id, -1, 0);
        return false;
    }

    /**
     * Takes a free permit, or with none free spins and yields a while ({@link SpinWait.BeforeBlocking})
     * before it counts itself as a waiter, as real locks do: a lock held for a short critical
     * section, or handed over by a process on another CPU, is often free again within
     * microseconds, where a wait costs a round trip to the coordinator. A spinning task is no
     * waiter yet: the coordinator counts it as running.
     *
     * @return the new version, or {@link SemWord#REGISTERED}
     */
    private static long takeSpinningFirst(SemWord word) {
        SpinWait.BeforeBlocking wait = new SpinWait.BeforeBlocking();
        do {
            if (word.permits() > 0) {
                long version = word.take();
                if (version != SemWord.REFUSED) {
                    return version;
                }
            }
        } while (wait.pause());
        return word.takeOrRegister();
    }

    /**
     * Takes the RLock numbered {@code id}: again at once if the calling thread holds it (its depth
     * is kept here, where only the owner changes it), else as {@link #acquire}.
     */
    public boolean acquireRecursive(int id, long millis) {
        Map<Integer, Integer> depths = RLOCK_DEPTHS.get();
        Integer depth = depths.get(id);
        if (depth != null) {
            depths.put(id, depth + 1);
            record(caller(), RingEvent.REENTERED, null, id, -1, millis);
            return true;
        }
        boolean took = acquire(id, millis);
        if (took) {
            depths.put(id, 1);
        }
        return took;
    }

    /**
     * Releases one hold of the RLock numbered {@code id}; the last frees it.
     *
     * @return false if the calling thread does not hold it: the release is refused
     */
    public boolean releaseRecursive(int id) {
        Map<Integer, Integer> depths = RLOCK_DEPTHS.get();
        Integer depth = depths.get(id);
        if (depth == null) {
            return false;
        }
        if (depth > 1) {
            depths.put(id, depth - 1);
            record(caller(), RingEvent.LEFT, null, id, -1, 0);
            return true;
        }
        depths.remove(id);
        return release(id, 1);
    }

    /**
     * Gives a permit back, and tells the coordinator if someone waits for it.
     *
     * @return false if {@code max} permits are free already: the release is refused
     */
    public boolean release(int id, int max) {
        long thread = caller();
        long released = segment.word(id).release(max);
        if (released == SemWord.REFUSED) {
            return false;
        }
        record(thread, RingEvent.RELEASED, null, id, SemWord.versionOf(released), 0);
        if ((released & SemWord.HAD_WAITERS) != 0) {
            client.send(new FrameBuilder(Op.SHM_RELEASED).putInt(id).build());
        }
        return true;
    }

    /** How many permits are free now. */
    public int permits(int id) {
        return segment.word(id).permits();
    }

    /** The content of the Value numbered {@code id}, or {@link #NOT_IN_CELL} once the coordinator holds it. */
    public Object getValue(int id) {
        long thread = caller();
        SharedCell.Snapshot read = segment.cell(id).get();
        if (read == null) {
            return NOT_IN_CELL;
        }
        record(thread, RingEvent.VALUE_GET, read.content(), id, read.version(), read.bits());
        return read.value();
    }

    /**
     * Sets the Value numbered {@code id} to {@code value} if that fits its cell.
     *
     * @return false if it does not fit ({@link #moveValue} then), or the coordinator holds the
     *         content now: nothing changed
     */
    public boolean setValue(int id, Object value) {
        CellContent content = CellContent.of(value);
        if (content == null) {
            return false;
        }
        long thread = caller();
        long bits = content.bits(value);
        int version = segment.cell(id).set(content, bits, setter);
        if (version == SharedCell.IN_COORDINATOR) {
            return false;
        }
        record(thread, RingEvent.VALUE_SET, content, id, version, bits);
        return true;
    }

    /**
     * Sets the Value numbered {@code id} to a value that does not fit its cell: the coordinator
     * holds the content from now on, and logs this set after the cell's earlier gets and sets.
     *
     * @return false if the coordinator holds it already: nothing changed
     */
    public boolean moveValue(int id, byte[] data, String shown) {
        SharedCell cell = segment.cell(id);
        int version = cell.lockForMove(setter);
        if (version == SharedCell.IN_COORDINATOR) {
            return false;
        }
        // Should this process die before the answer, the coordinator takes its number out of the stamp.
        client.call(Op.SHM_MOVE_VALUE, false, frame -> frame.putInt(id).putInt(version).putBytes(data)
                .putString(shown));
        cell.moved();
        return true;
    }

    /** The calling thread, named to the coordinator before its first record: the log names every task. */
    private long caller() {
        Thread thread = Thread.currentThread();
        client.announce(thread);
        return thread.getId();
    }

    private void record(long thread, RingEvent event, CellContent content, int id, long version, long argument) {
        synchronized (ring) {
            while (!ring.tryAppend(thread, event, content, id, version, argument, client.framesSent())) {
                client.call(Op.SHM_DRAIN, false, frame -> { }); // full: the coordinator empties it
            }
        }
    }
}
