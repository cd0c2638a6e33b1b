package io.github.mpgrade.multiprocessing;

/**
 * Python's {@code threading.BrokenBarrierError}: a {@link Barrier} was aborted, reset, timed out
 * or its action threw while a party waited, or was already broken. The unchecked twin of
 * {@code java.util.concurrent.BrokenBarrierException}.
 */
public class BrokenBarrierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrokenBarrierException(String message) {
        super(message);
    }
}
