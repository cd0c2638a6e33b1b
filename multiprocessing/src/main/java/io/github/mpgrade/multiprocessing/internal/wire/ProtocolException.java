package io.github.mpgrade.multiprocessing.internal.wire;

import java.io.IOException;

/** A frame that breaks the protocol: the peer that sent it is dropped. */
public final class ProtocolException extends IOException {
    public ProtocolException(String message) {
        super(message);
    }
}
