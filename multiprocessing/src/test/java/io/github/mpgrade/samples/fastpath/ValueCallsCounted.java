package io.github.mpgrade.samples.fastpath;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import io.github.mpgrade.multiprocessing.internal.client.Client;

/**
 * Counts the calls a process makes to the coordinator for 500 gets and 500 sets of a
 * {@code Value<Object>}: first while its content is a number, then after a set of a String has
 * moved the content to the coordinator. The process is a child, so the coordinator's own
 * calls (in the root of a free run) are not counted.
 */
public class ValueCallsCounted {
    public static void main(String[] args) {
        Value<Object> value = new Value<>(0);
        Process child = new Process(() -> {
            value.set(value.get()); // attaches to the shared memory
            System.out.println("calls for a number: " + callsFor(value, 1));
            value.set("text");
            System.out.println("calls for a String: " + callsFor(value, "more text"));
        });
        child.start();
        child.join();
    }

    private static long callsFor(Value<Object> value, Object content) {
        long before = Client.get().callsMade();
        for (int i = 0; i < 500; i++) {
            value.set(content);
            value.get();
        }
        return Client.get().callsMade() - before;
    }
}
