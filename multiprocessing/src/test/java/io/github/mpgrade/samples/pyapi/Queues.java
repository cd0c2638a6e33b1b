package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;

import io.github.mpgrade.multiprocessing.JoinableQueue;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** CPython's _TestQueue (test_put, test_get, test_qsize, test_task_done, a bounded JoinableQueue), ported. */
public class Queues {
    static final Duration SHORT = Duration.ofMillis(100);

    public static void main(String[] args) {
        check("put", () -> { // _TestQueue.test_put, MAXSIZE = 6
            Queue<Integer> queue = new Queue<>(6);
            expect(queue.isEmpty(), "empty");
            expect(!queue.isFull(), "not full");
            queue.put(1);
            expect(queue.tryPut(2), "put(2, False)");
            expect(queue.put(3, SHORT), "put(3, True, None)");
            expect(queue.put(4, Duration.ofMillis(1)), "put(4, False, TIMEOUT1)");
            expect(queue.put(5, SHORT), "put(5, True, TIMEOUT2)");
            expect(queue.tryPut(6), "put_nowait(6)");
            expectEquals(6, queue.size());
            expect(!queue.isEmpty(), "not empty");
            expect(queue.isFull(), "full");
            expect(!queue.tryPut(7), "put(7, False) on a full queue: queue.Full");
            expect(!queue.put(7, Duration.ZERO), "put(7, False, TIMEOUT1): Full");
            long start = System.nanoTime();
            expect(!queue.put(7, Duration.ofMillis(200)), "put(7, True, TIMEOUT3): Full");
            expect(System.nanoTime() - start >= 150_000_000L, "the timed put waited");
            expectEquals(6, queue.size());
            for (int i = 1; i <= 6; i++) {
                expectEquals(i, queue.get());
            }
            expect(queue.isEmpty(), "empty again");
        });
        check("put_waits_for_room", () -> {
            Queue<Integer> queue = new Queue<>(1);
            queue.put(1);
            Process consumer = new Process(() -> {
                io.github.mpgrade.multiprocessing.Time.sleep(100);
                queue.get();
            });
            consumer.start();
            queue.put(2); // waits until the consumer took 1
            consumer.join();
            expectEquals(2, queue.get());
        });
        check("get", () -> { // _TestQueue.test_get
            Queue<Integer> queue = new Queue<>();
            expect(queue.isEmpty(), "empty");
            Process p = new Process(() -> {
                for (int i = 1; i <= 4; i++) {
                    queue.put(i);
                }
            });
            p.start();
            p.join();
            expectEquals(1, queue.get());
            expectEquals(2, queue.get(SHORT));
            expectEquals(3, queue.get(Duration.ZERO));
            expectEquals(4, queue.get(SHORT));
            expect(queue.isEmpty(), "empty after four gets");
            expectEquals(null, queue.get(Duration.ZERO));
            expectEquals(null, queue.get(SHORT));
        });
        check("qsize", () -> { // _TestQueue.test_qsize
            Queue<Integer> q = new Queue<>();
            expectEquals(0, q.size());
            q.put(1);
            expectEquals(1, q.size());
            q.put(5);
            expectEquals(2, q.size());
            q.get();
            expectEquals(1, q.size());
            q.get();
            expectEquals(0, q.size());
            expect(!q.isFull(), "an unbounded queue is never full");
        });
        check("maxsize_refused", () -> {
            expectThrows(IllegalArgumentException.class, () -> new Queue<Integer>(0));
            expectThrows(IllegalArgumentException.class, () -> new JoinableQueue<Integer>(-1));
        });
        check("failed_put_takes_no_slot", () -> {
            Queue<Object> queue = new Queue<>(1);
            expectThrows(IllegalArgumentException.class, () -> queue.put(new Object()));
            expectThrows(NullPointerException.class, () -> queue.tryPut(null));
            expect(queue.tryPut("fits"), "the slot is still free");
        });
        check("task_done", () -> { // _TestQueue.test_task_done: 4 workers, 10 items, None pills
            JoinableQueue<Integer> queue = new JoinableQueue<>();
            List<Process> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(new Process(() -> {
                    for (Integer item = queue.get(); item >= 0; item = queue.get()) {
                        queue.taskDone();
                    }
                    queue.taskDone();
                }));
            }
            workers.forEach(Process::start);
            for (int i = 0; i < 10; i++) {
                queue.put(i);
            }
            queue.join();
            expect(queue.join(Duration.ZERO), "nothing unfinished");
            for (int i = 0; i < 4; i++) {
                queue.put(-1);
            }
            workers.forEach(Process::join);
            queue.join();
        });
        check("task_done_too_often", () -> {
            JoinableQueue<Integer> queue = new JoinableQueue<>();
            expectThrows(IllegalStateException.class, queue::taskDone);
            queue.put(1);
            queue.get();
            queue.taskDone();
            expectThrows(IllegalStateException.class, queue::taskDone);
        });
        check("join_timeout", () -> {
            JoinableQueue<Integer> queue = new JoinableQueue<>(2);
            expect(queue.join(SHORT), "an empty queue joins at once");
            queue.put(1);
            expect(!queue.tryPut(2) || !queue.tryPut(3), "bounded");
            expect(!queue.join(SHORT), "items without taskDone: join(timeout) is false");
            queue.get();
            queue.taskDone();
            expect(!queue.join(Duration.ZERO), "the second item is still unfinished");
            queue.get();
            queue.taskDone();
            expect(queue.join(SHORT), "all done");
        });
    }
}
