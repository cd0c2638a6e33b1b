package io.github.mpgrade.multiprocessing;

import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/** {@code imap}'s iterator: chunk by chunk, in item order or in the order chunks arrive. */
final class PoolIterator<R> implements Iterator<R> {
    private final PoolResults results;
    private final boolean ordered;
    private int chunksTaken;
    private Iterator<PoolJob.Outcome> current = Collections.emptyIterator();

    PoolIterator(PoolResults results, boolean ordered) {
        this.results = results;
        this.ordered = ordered;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && chunksTaken < results.chunks()) {
            int chunk = nextChunk();
            while (chunk < 0) {
                if (results.isComplete()) {
                    throw new CancellationException("the pool was terminated before these tasks ended");
                }
                results.awaitOne(Timeouts.FOREVER);
                chunk = nextChunk();
            }
            current = results.chunk(chunk).iterator();
            chunksTaken++;
        }
        return current.hasNext();
    }

    /** The chunk to yield next if it has arrived, else -1. */
    private int nextChunk() {
        if (!ordered) {
            return results.arrivedAt(chunksTaken);
        }
        return results.chunk(chunksTaken) != null ? chunksTaken : -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the pool's results are all taken");
        }
        return (R) PoolResults.unwrap(current.next());
    }
}
