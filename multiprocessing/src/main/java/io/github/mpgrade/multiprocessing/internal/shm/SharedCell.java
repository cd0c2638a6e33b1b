package io.github.mpgrade.multiprocessing.internal.shm;

import java.nio.MappedByteBuffer;

/**
 * The content of one Value of a free run in shared memory, when it fits 64 bits
 * ({@link CellContent}): a stamp and two slots. The stamp says which slot holds the content, of
 * which {@link CellContent}, and its version: every get and every set counts one (modulo
 * {@link SemWord#VERSIONS}), so the coordinator logs a Value's drained events in the order they
 * happened, as it does a lock's. Stamp bits: version 0-19, slot 20, content 21-24 (15: the
 * coordinator holds the content), writer 25-40 (0: none).
 *
 * <p>The protocol, in which a get never sees half a set and a dead process breaks nothing:
 * <ol>
 *   <li>Get: read the stamp, then the slot it names, then count the next version with a
 *       compare-and-set of the stamp. That succeeds only if no set came in between, so the
 *       content read is the one the version names. A get waits only while a set is under way.
 *   <li>Set: put the setter's number in the stamp with a compare-and-set (one setter at a time),
 *       write the slot the stamp does not name, then name that slot, count the version and clear
 *       the setter in one release store. Until that store every get reads the old content whole.
 *   <li>A setter killed between its two stamp changes wrote only the slot no get reads: the
 *       coordinator clears its number once its process is gone ({@link #recover}), and the set
 *       did not happen.
 *   <li>A set whose value does not fit (a String into a {@code Value<Object>}) moves the content
 *       to the coordinator for good: the setter puts its number in the stamp
 *       ({@link #lockForMove}), the coordinator logs the set and keeps the value, and the setter
 *       marks the stamp {@link #moved}. Every call on the Value then goes to the coordinator.
 * </ol>
 */
public final class SharedCell {
    /** Bytes a cell takes in the segment: its stamp, two slots, and room so no cell straddles a cache line. */
    static final int BYTES = 32;
    /** {@link #set}, {@link #lockForMove}: the coordinator holds the content; nothing changed. */
    public static final int IN_COORDINATOR = -1;
    /** The most processes that may set cells: setters are numbered 1 to this. */
    public static final int MAX_SETTERS = (1 << 16) - 1;
    private static final long VERSION_MASK = SemWord.VERSIONS - 1;
    private static final int SLOT_SHIFT = 20;
    private static final int CONTENT_SHIFT = 21;
    private static final int CONTENT_MASK = 0xf;
    private static final int MOVED = 0xf;
    private static final int SETTER_SHIFT = 25;
    private static final long SETTER_BITS = (long) MAX_SETTERS << SETTER_SHIFT;

    /**
     * What a get read, and the version it counted.
     *
     * @param bits the content's bits ({@link CellContent#value})
     */
    public record Snapshot(CellContent content, long bits, int version) {
        public Object value() {
            return content.value(bits);
        }
    }

    private final MappedByteBuffer buffer;
    private final int offset;

    SharedCell(MappedByteBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
    }

    /** The number the process that writes ring number {@code ring} sets cells with. */
    public static int setterOf(int ring) {
        return ring + 1;
    }

    /** Sets the content a new Value starts with, version 0 (the coordinator, before anyone knows the Value). */
    public void init(CellContent content, long bits) {
        SharedSegment.LONGS.setVolatile(buffer, slotOffset(0), bits);
        SharedSegment.LONGS.setVolatile(buffer, offset, stamp(0, 0, content.ordinal()));
    }

    /** Reads the content, counting a version. @return what it read, or null if the coordinator holds the content */
    public Snapshot get() {
        for (int round = 0; ; round++) {
            long s = stamp();
            if (content(s) == MOVED) {
                return null;
            }
            if (setter(s) != 0) {
                SpinWait.pause(round);
                continue;
            }
            long bits = (long) SharedSegment.LONGS.getOpaque(buffer, slotOffset(slot(s)));
            long next = stamp(version(s) + 1, slot(s), content(s));
            if (cas(s, next)) { // the stamp did not change since it named that slot: no set came between
                return new Snapshot(CellContent.ofCode(content(s)), bits, version(next));
            }
        }
    }

    /**
     * Replaces the content.
     *
     * @param setter the calling process's number, 1 to {@link #MAX_SETTERS}
     * @return the set's version, or {@link #IN_COORDINATOR}
     */
    public int set(CellContent content, long bits, int setter) {
        long s = lock(setter);
        if (s == IN_COORDINATOR) {
            return IN_COORDINATOR;
        }
        int slot = 1 - slot(s);
        SharedSegment.LONGS.setOpaque(buffer, slotOffset(slot), bits);
        long next = stamp(version(s) + 1, slot, content.ordinal());
        SharedSegment.LONGS.setRelease(buffer, offset, next); // orders the slot's write before it
        return version(next);
    }

    /**
     * Puts the setter's number in the stamp for a move to the coordinator; {@link #moved} ends it.
     *
     * @return the version of the content's last get or set, or {@link #IN_COORDINATOR}
     */
    public int lockForMove(int setter) {
        long s = lock(setter);
        return s == IN_COORDINATOR ? IN_COORDINATOR : version(s);
    }

    /** Ends a move {@link #lockForMove} began: the coordinator holds the content from now on. */
    public void moved() {
        long s = stamp();
        SharedSegment.LONGS.setRelease(buffer, offset, stamp(version(s), slot(s), MOVED));
    }

    /**
     * The coordinator, once the process numbered {@code setter} is gone: clears its number if it
     * died in a set or a move.
     *
     * @param movedToCoordinator whether the coordinator took the content of the move it died in
     * @return whether the stamp held its number
     */
    public boolean recover(int setter, boolean movedToCoordinator) {
        for (long s = stamp(); setter(s) == setter; s = stamp()) {
            if (cas(s, stamp(version(s), slot(s), movedToCoordinator ? MOVED : content(s)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the coordinator holds the content (a set that did not fit moved it there). */
    public boolean inCoordinator() {
        return content(stamp()) == MOVED;
    }

    /** Waits while another setter's number is in the stamp, then puts this one's there. @return the stamp before */
    private long lock(int setter) {
        if (setter < 1 || setter > MAX_SETTERS) {
            throw new IllegalArgumentException("setter " + setter + " is not 1 to " + MAX_SETTERS);
        }
        for (int round = 0; ; round++) {
            long s = stamp();
            if (content(s) == MOVED) {
                return IN_COORDINATOR;
            }
            if (setter(s) == 0 && cas(s, s | (long) setter << SETTER_SHIFT)) {
                return s;
            }
            SpinWait.pause(round);
        }
    }

    private long stamp() {
        return (long) SharedSegment.LONGS.getVolatile(buffer, offset);
    }

    private boolean cas(long expected, long next) {
        return SharedSegment.LONGS.compareAndSet(buffer, offset, expected, next);
    }

    private int slotOffset(int slot) {
        return offset + 8 + 8 * slot;
    }

    private static long stamp(int version, int slot, int content) {
        return (version & VERSION_MASK) | (long) slot << SLOT_SHIFT | (long) content << CONTENT_SHIFT;
    }

    private static int version(long s) {
        return (int) (s & VERSION_MASK);
    }

    private static int slot(long s) {
        return (int) (s >>> SLOT_SHIFT) & 1;
    }

    private static int content(long s) {
        return (int) (s >>> CONTENT_SHIFT) & CONTENT_MASK;
    }

    private static int setter(long s) {
        return (int) ((s & SETTER_BITS) >>> SETTER_SHIFT);
    }

    @Override
    public String toString() {
        long s = stamp();
        return "version=" + version(s) + " slot=" + slot(s) + " content=" + content(s) + " setter=" + setter(s);
    }
}
