package io.github.mpgrade.multiprocessing;

/**
 * Python's {@code multiprocessing.TimeoutError}: a result was not ready in time. The unchecked
 * twin of {@code java.util.concurrent.TimeoutException}.
 */
public class TimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TimeoutException(String message) {
        super(message);
    }
}
