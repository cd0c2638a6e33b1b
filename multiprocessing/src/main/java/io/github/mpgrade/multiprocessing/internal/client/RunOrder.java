package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the coordinator gives a child JVM to do: run a serialized Process, or a main class; in a
 * controlled run, only when the scheduler lets it begin.
 */
record RunOrder(int processId, String name, boolean controlled, byte[] processBytes, String mainClass,
                List<String> args) {
    /** {@code processId, name, controlled, processBytes, mainClass, n, n × arg}. */
    static RunOrder read(Frame frame) throws ProtocolException {
        int processId = frame.getInt();
        String name = frame.getString();
        boolean controlled = frame.getBoolean();
        byte[] bytes = frame.getBytes();
        String mainClass = frame.getString();
        int count = frame.getInt();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(frame.getString());
        }
        return new RunOrder(processId, name, controlled, bytes, mainClass, args);
    }
}
