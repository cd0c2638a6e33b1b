package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.wire.Status;

/** The coordinator's answer to one request. */
public record Reply(byte status, long number, long extra, byte[] data, String message) {
    public boolean ok() {
        return status == Status.OK;
    }

    /** Whether an interrupt ended the wait (with the agent: a sleep, join or wait). */
    public boolean interrupted() {
        return status == Status.INTERRUPTED;
    }

    /** Throws what the coordinator refused, in the caller's thread, with its sentence. */
    public Reply orThrow() {
        if (status == Status.ILLEGAL_STATE) {
            throw new IllegalStateException(message);
        }
        return this;
    }
}
