package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Callers;

/**
 * A pair of connected {@link Connection}s, like Python's {@code multiprocessing.Pipe()}: what one
 * end sends, the other receives, in order. Duplex by default (both ends send and receive); with
 * {@code duplex == false}, {@link #first()} only receives and {@link #second()} only sends.
 * Not serializable: give a process one end, not the pair.
 */
public final class Pipe<T> {
    private final Connection<T> first;
    private final Connection<T> second;

    /** A duplex pipe. */
    public Pipe() {
        this(true);
    }

    public Pipe(boolean duplex) {
        String site = Callers.site();
        PipeChannel toFirst = new PipeChannel(site);
        PipeChannel toSecond = duplex ? new PipeChannel(site) : null;
        Semaphore firstCopies = Connection.newCopies();
        Semaphore secondCopies = Connection.newCopies();
        this.first = new Connection<>(toFirst, toSecond, firstCopies, secondCopies, "first");
        this.second = new Connection<>(toSecond, toFirst, secondCopies, firstCopies, "second");
    }

    /** Python's {@code conn1}: the receiving end when the pipe is not duplex. The same object on every call. */
    public Connection<T> first() {
        return first;
    }

    /** Python's {@code conn2}: the sending end when the pipe is not duplex. The same object on every call. */
    public Connection<T> second() {
        return second;
    }

    @Override
    public String toString() {
        return "<Pipe " + first + " " + second + ">";
    }
}
