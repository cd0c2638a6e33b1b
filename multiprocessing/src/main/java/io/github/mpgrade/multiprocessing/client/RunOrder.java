package io.github.mpgrade.multiprocessing.client;

import java.util.List;

/**
 * What the coordinator gives a child JVM to do: run a serialized Process, or a main class; in a
 * controlled run, only when the scheduler lets it begin.
 */
record RunOrder(int processId, String name, boolean controlled, byte[] processBytes, String mainClass,
                List<String> args) {
}
