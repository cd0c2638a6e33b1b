package io.github.mpgrade.multiprocessing.internal.shm;

import java.nio.MappedByteBuffer;
import java.util.function.Consumer;

/**
 * One process's log of its fast-path calls in shared memory: a ring of fixed-size records that
 * the process appends to ({@link #tryAppend}, one writer: the process serializes its threads) and
 * the coordinator drains ({@link #drain}). {@code tail} counts the records written, {@code head}
 * those drained; each is written only by its side, with release/acquire order, so a record is
 * complete before the coordinator sees it. A record: thread id; event, content and object;
 * version; argument; frames sent before it.
 */
public final class EventRing {
    private static final int HEADER_BYTES = 64;
    private static final int TAIL = 0;
    private static final int HEAD = 32; // another cache line than the tail on most machines
    private static final int RECORD_BYTES = 40;

    /**
     * One drained record, as the process wrote it; unchecked.
     *
     * @param event        a {@link RingEvent}'s ordinal
     * @param content      for a Value's event, a {@link CellContent}'s ordinal; else 0
     * @param argument     for an acquire, its patience in ms; for a Value's event, the content's bits
     * @param framesBefore how many frames the process had sent to the coordinator when it wrote it:
     *                     the record comes after them in the log
     */
    public record Entry(long threadId, int event, int content, int objectId, long version, long argument,
                        long framesBefore) {
    }

    private final MappedByteBuffer buffer;
    private final int offset;
    private final int capacity;

    EventRing(MappedByteBuffer buffer, int offset, int capacity) {
        this.buffer = buffer;
        this.offset = offset;
        this.capacity = capacity;
    }

    static int bytes(int capacity) {
        return HEADER_BYTES + capacity * RECORD_BYTES;
    }

    /**
     * Appends a record unless the ring is full. Only one thread of the writing process at a time.
     *
     * @param content  for a Value's event, its content; else null
     * @param version  the object's version after the event, or -1 for an event that did not change it
     * @param argument for an acquire, its patience in ms; for a Value's event, the content's bits
     * @return false if the ring is full: the coordinator must drain it first
     */
    public boolean tryAppend(long threadId, RingEvent event, CellContent content, int objectId, long version,
                             long argument, long framesBefore) {
        long tail = (long) SharedSegment.LONGS.getOpaque(buffer, offset + TAIL);
        long head = (long) SharedSegment.LONGS.getAcquire(buffer, offset + HEAD);
        if (tail - head >= capacity) {
            return false;
        }
        int at = offset + HEADER_BYTES + (int) (tail % capacity) * RECORD_BYTES;
        buffer.putLong(at, threadId);
        int contentCode = content == null ? 0 : content.ordinal();
        buffer.putLong(at + 8, (long) contentCode << 40 | (long) event.ordinal() << 32 | (objectId & 0xffffffffL));
        buffer.putLong(at + 16, version);
        buffer.putLong(at + 24, argument);
        buffer.putLong(at + 32, framesBefore);
        SharedSegment.LONGS.setRelease(buffer, offset + TAIL, tail + 1);
        return true;
    }

    /**
     * Hands every record written since the last drain to {@code sink}, oldest first (the coordinator only).
     *
     * @return how many there were
     */
    public int drain(Consumer<Entry> sink) {
        long head = (long) SharedSegment.LONGS.getOpaque(buffer, offset + HEAD);
        long tail = (long) SharedSegment.LONGS.getAcquire(buffer, offset + TAIL);
        if (tail - head > capacity || tail < head) {
            throw new IllegalStateException("a process broke its event ring: " + head + " drained, " + tail + " written");
        }
        for (long i = head; i < tail; i++) {
            int at = offset + HEADER_BYTES + (int) (i % capacity) * RECORD_BYTES;
            long kindAndObject = buffer.getLong(at + 8);
            sink.accept(new Entry(buffer.getLong(at), (int) (kindAndObject >>> 32) & 0xff,
                    (int) (kindAndObject >>> 40), (int) kindAndObject, buffer.getLong(at + 16),
                    buffer.getLong(at + 24), buffer.getLong(at + 32)));
        }
        SharedSegment.LONGS.setRelease(buffer, offset + HEAD, tail);
        return (int) (tail - head);
    }

    /** Empties the ring for a new process (the coordinator, once the last one's process is gone). */
    public void reset() {
        SharedSegment.LONGS.setRelease(buffer, offset + HEAD, 0L);
        SharedSegment.LONGS.setRelease(buffer, offset + TAIL, 0L);
    }
}
