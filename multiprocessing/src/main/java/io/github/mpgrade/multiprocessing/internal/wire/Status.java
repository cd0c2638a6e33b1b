package io.github.mpgrade.multiprocessing.internal.wire;

/** The outcome carried by a {@link Op#REPLY}. */
public final class Status {
    public static final byte OK = 0;
    /** A timed wait ran out, or a try-acquire found nothing free. */
    public static final byte TIMEOUT = 1;
    /** The call was wrong (released an unlocked lock, ...); the message says why. */
    public static final byte ILLEGAL_STATE = 2;
    /** A child process could not be started; the message says what ran out. */
    public static final byte START_FAILED = 3;
    /** With the agent: the thread was interrupted while it slept, joined or waited. */
    public static final byte INTERRUPTED = 4;

    private Status() {
    }
}
