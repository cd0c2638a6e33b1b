package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.samples.juc.ExecutorRules;
import io.github.mpgrade.samples.juc.QueueRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent's blocking queues and thread pools keep Java's documented rules under the coordinator. */
class ControlledQueuesAndExecutorsTest {

    @Test
    void bothBlockingQueuesAreFifoBoundedByTheirCapacityAndConsistentInEveryView() throws Exception {
        try (Programs.Launched program = Programs.launch(QueueRules.class)) {
            program.awaitEnd().assertSucceeded();
            List<String> expected = new ArrayList<>();
            for (String name : List.of("ArrayBlockingQueue", "LinkedBlockingQueue")) {
                expected.addAll(List.of(
                        name + " full: size 2, remaining 0, offer(c) = false, offer(c, 20 ms) = false,"
                                + " add(c) threw IllegalStateException, put(null) threw NullPointerException",
                        name + " items [a, b], iterated [a, b], peek a, contains(b) true",
                        name + " took in order [a, b, c], then empty true, poll() = null, poll(20 ms) = null",
                        name + " after the iterator removed x: [y], drainTo moved 1 [y], size 0"));
            }
            expected.add("LinkedBlockingQueue(): remaining capacity 2147483647");
            expected.add("ArrayBlockingQueue(0): threw IllegalArgumentException");
            assertEquals(expected, program.lines());
        }
    }

    @Test
    void aPoolRunsEachTaskOnceItsFuturesGiveTheResultsAndItShutsDownAsJavaSays() throws Exception {
        try (Programs.Launched program = Programs.launch(ExecutorRules.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of(
                    "fixed pool of 2: results [0, 1, 4, 9, 16, 25], each task ran once: true",
                    "invokeAll: [x, y, z]",
                    "a failing task: get() threw ExecutionException caused by \"boom\"",
                    "get(20 ms) of a waiting task threw TimeoutException, done false",
                    "then get() = slow done",
                    "after shutdown(): shut down true, a new task threw RejectedExecutionException",
                    "awaitTermination = true, terminated true",
                    "single thread executor ran in order [pool-2-thread-1:0, pool-2-thread-1:1, pool-2-thread-1:2,"
                            + " pool-2-thread-1:3]",
                    "cached pool: two tasks that wait for each other both ended",
                    "shutdownNow returned 0 tasks, awaitTermination = true"), program.lines());
        }
    }
}
