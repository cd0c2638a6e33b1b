package io.github.mpgrade.multiprocessing;

/**
 * {@link Process#start()} could not start the process: it cannot be copied to a new JVM, or the
 * machine refused a new JVM (memory, process limit). The message says which, and what to do.
 */
public class ProcessStartException extends RuntimeException {
    public ProcessStartException(String message) {
        super(message);
    }

    public ProcessStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
