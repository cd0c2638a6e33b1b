package io.github.mpgrade.multiprocessing.client;

import java.util.List;

/** What the coordinator gives a child JVM to do: run a serialized Process, or a main class. */
record RunOrder(int processId, String name, byte[] processBytes, String mainClass, List<String> args) {
}
