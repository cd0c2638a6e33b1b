package io.github.mpgrade.multiprocessing.internal.shm;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The memory a free run's processes share: one file the coordinator creates in its work folder
 * and every process of the program maps. It holds a {@link SemWord} per lock or semaphore and a
 * {@link SharedCell} per Value (each at the index of the coordinator's id for it: an id has a word
 * and a cell, and uses one of them) and an {@link EventRing} per process.
 *
 * <p>Layout, in longs of the platform's byte order: a header {@code MAGIC, words, rings, ringCapacity},
 * then the words, then as many cells, then the rings. Compare-and-set through a {@link VarHandle} on a mapped buffer is
 * atomic across processes on every platform the JDK runs on. A mapped file works on Windows, macOS
 * and Linux alike; on Windows JDK 17 cannot unmap it, so the file is deleted only once no
 * process maps it (the coordinator's folder is removed when it closes).
 */
public final class SharedSegment {
    static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long MAGIC = 0x6d7067_73686d32L; // "mpgshm2": words, cells, rings
    private static final int HEADER_BYTES = 64;

    private final MappedByteBuffer buffer;
    private final int words;
    private final int rings;
    private final int ringCapacity;

    private SharedSegment(MappedByteBuffer buffer, int words, int rings, int ringCapacity) {
        this.buffer = buffer;
        this.words = words;
        this.rings = rings;
        this.ringCapacity = ringCapacity;
    }

    /**
     * Creates the file, zeroed, with room for {@code words} semaphores or Values and {@code rings}
     * processes (at most {@link SharedCell#MAX_SETTERS}: a ring's number sets cells).
     */
    public static SharedSegment create(Path file, int words, int rings, int ringCapacity) throws IOException {
        if (rings > SharedCell.MAX_SETTERS) {
            throw new IllegalArgumentException(rings + " rings, more than " + SharedCell.MAX_SETTERS + " processes");
        }
        long size = cellsAt(words) + (long) words * SharedCell.BYTES + (long) rings * EventRing.bytes(ringCapacity);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            buffer.order(ByteOrder.nativeOrder());
            buffer.putLong(8, words);
            buffer.putLong(16, rings);
            buffer.putLong(24, ringCapacity);
            LONGS.setRelease(buffer, 0, MAGIC); // last: a process that sees the magic sees the sizes
            return new SharedSegment(buffer, words, rings, ringCapacity);
        }
    }

    /** Maps the file the coordinator created. */
    public static SharedSegment open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
            buffer.order(ByteOrder.nativeOrder());
            if ((long) LONGS.getAcquire(buffer, 0) != MAGIC) {
                throw new IOException(file + " is not a shared segment of this runtime");
            }
            return new SharedSegment(buffer, (int) buffer.getLong(8), (int) buffer.getLong(16),
                    (int) buffer.getLong(24));
        }
    }

    /** Whether the lock or semaphore numbered {@code id} has a word here, or the Value numbered {@code id} a cell. */
    public boolean hasWord(int id) {
        return id > 0 && id < words;
    }

    /** The word of the lock or semaphore numbered {@code id}; see {@link #hasWord}. */
    public SemWord word(int id) {
        if (!hasWord(id)) {
            throw new IllegalArgumentException("no word " + id + " in a segment of " + words);
        }
        return new SemWord(buffer, HEADER_BYTES + 8 * id);
    }

    /** The cell of the Value numbered {@code id}; see {@link #hasWord}. */
    public SharedCell cell(int id) {
        if (!hasWord(id)) {
            throw new IllegalArgumentException("no cell " + id + " in a segment of " + words);
        }
        return new SharedCell(buffer, cellsAt(words) + SharedCell.BYTES * id);
    }

    public int rings() {
        return rings;
    }

    /** The event ring of the process given index {@code index} (0 to {@link #rings()} - 1). */
    public EventRing ring(int index) {
        if (index < 0 || index >= rings) {
            throw new IllegalArgumentException("no ring " + index + " in a segment of " + rings);
        }
        return new EventRing(buffer, cellsAt(words) + words * SharedCell.BYTES + index * EventRing.bytes(ringCapacity),
                ringCapacity);
    }

    /** Where the cells begin: after the header and the words, at a multiple of a cell's size (no cell straddles a cache line). */
    private static int cellsAt(int words) {
        int end = HEADER_BYTES + 8 * words;
        return (end + SharedCell.BYTES - 1) / SharedCell.BYTES * SharedCell.BYTES;
    }
}
