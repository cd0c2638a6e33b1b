package io.github.mpgrade.samples.pyapi;

import static io.github.mpgrade.samples.pyapi.Checks.check;
import static io.github.mpgrade.samples.pyapi.Checks.expect;
import static io.github.mpgrade.samples.pyapi.Checks.expectEquals;
import static io.github.mpgrade.samples.pyapi.Checks.expectThrows;

import io.github.mpgrade.multiprocessing.Pool;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.TimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/** CPython's _TestPool (apply, map, async, imap, imap_unordered, errors, terminate), ported; one pool of 4. */
public class Pools {
    static int sqr(int x) {
        return x * x;
    }

    static int sqrSlowly(int x, long millis) {
        Time.sleep(millis);
        return x * x;
    }

    static int raising(int x) {
        throw new KeyError("key " + x);
    }

    /** Python's KeyError, in a test: keeps its class across the process boundary. */
    static final class KeyError extends RuntimeException {
        KeyError(String message) {
            super(message);
        }
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    public static void main(String[] args) {
        Pool pool = new Pool(4);
        check("active_children_include_workers", () -> expectEquals(4, Process.activeChildren().size()));
        check("apply", () -> { // _TestPool.test_apply
            expectEquals(sqr(5), pool.apply(() -> sqr(5)));
            expectEquals(sqr(8), pool.apply(() -> sqr(8)));
        });
        check("map", () -> { // _TestPool.test_map
            expectEquals(range(10).stream().map(Pools::sqr).toList(), pool.map(Pools::sqr, range(10)));
            expectEquals(range(100).stream().map(Pools::sqr).toList(), pool.map(Pools::sqr, range(100), 2));
            expectEquals(List.of(), pool.map(Pools::sqr, List.<Integer>of()));
            expectThrows(IllegalArgumentException.class, () -> pool.map(Pools::sqr, range(3), 0));
            List<Object> withNull = pool.map(x -> x == 1 ? null : x, range(3));
            expectEquals(java.util.Arrays.asList(0, null, 2), withNull);
        });
        check("async", () -> { // _TestPool.test_async
            Pool.AsyncResult<Integer> res = pool.applyAsync(() -> sqrSlowly(7, 200));
            expect(!res.isReady(), "not ready at once");
            expectEquals(49, res.get());
            expect(res.isReady() && res.isSuccessful(), "ready and successful");
            expectEquals(49, res.get()); // again on every call
        });
        check("async_timeout", () -> { // _TestPool.test_async_timeout
            Pool.AsyncResult<Integer> res = pool.applyAsync(() -> sqrSlowly(6, 1000));
            expectThrows(TimeoutException.class, () -> res.get(Duration.ofMillis(100)));
            expect(!res.await(Duration.ofMillis(10)), "await(timeout) is false while it runs");
            expectEquals(36, res.get(Duration.ofSeconds(30))); // the task kept running
        });
        check("map_async", () -> {
            Pool.AsyncResult<List<Integer>> res = pool.mapAsync(Pools::sqr, range(10));
            res.await();
            expectEquals(range(10).stream().map(Pools::sqr).toList(), res.get());
        });
        check("imap", () -> { // _TestPool.test_imap
            Iterator<Integer> it = pool.imap(Pools::sqr, range(10));
            expectEquals(range(10).stream().map(Pools::sqr).toList(), drain(it));
            expectThrows(NoSuchElementException.class, it::next);
            Iterator<Integer> chunked = pool.imap(Pools::sqr, range(100), 5);
            expectEquals(range(100).stream().map(Pools::sqr).toList(), drain(chunked));
        });
        check("imap_handle_iterable_exception", () -> { // an item's exception, and iteration goes on
            Iterator<Integer> it = pool.imap(x -> x == 3 ? raising(x) : sqr(x), range(6));
            for (int i = 0; i < 3; i++) {
                expectEquals(sqr(i), it.next());
            }
            expectThrows(KeyError.class, it::next);
            expectEquals(sqr(4), it.next());
            expectEquals(sqr(5), it.next());
        });
        check("imap_unordered", () -> { // _TestPool.test_imap_unordered
            List<Integer> got = new ArrayList<>(drain(pool.imapUnordered(Pools::sqr, range(100))));
            got.sort(null);
            expectEquals(range(100).stream().map(Pools::sqr).toList(), got);
            List<Integer> chunked = new ArrayList<>(drain(pool.imapUnordered(Pools::sqr, range(100), 7)));
            chunked.sort(null);
            expectEquals(range(100).stream().map(Pools::sqr).toList(), chunked);
        });
        check("task_exception_rethrown_as_itself", () -> { // _TestPool.test_traceback / test_map_async errors
            KeyError e = expectThrows(KeyError.class, () -> pool.apply(() -> raising(1)));
            expectEquals("key 1", e.getMessage());
            expectThrows(KeyError.class, () -> pool.map(x -> x == 5 ? raising(x) : x, range(10)));
            Pool.AsyncResult<Integer> res = pool.applyAsync(() -> raising(2));
            res.await();
            expect(!res.isSuccessful(), "not successful");
            expectThrows(KeyError.class, res::get);
        });
        check("unserializable_result", () -> { // MaybeEncodingError
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                    () -> pool.apply(() -> new Object()));
            expect(e.getMessage().contains("java.lang.Object"), e.getMessage());
        });
        check("unserializable_task", () -> {
            Object notSerializable = new Object();
            expectThrows(IllegalArgumentException.class, () -> pool.apply(() -> notSerializable.hashCode()));
        });
        check("close_and_join", () -> { // _TestPool.test_terminate / close
            Pool small = new Pool(2);
            expectThrows(IllegalStateException.class, small::join);
            Pool.AsyncResult<List<Integer>> res = small.mapAsync(x -> sqrSlowly(x, 10), range(8));
            small.close();
            expectThrows(IllegalStateException.class, () -> small.apply(() -> 1));
            small.join(); // the submitted tasks finish first
            expectEquals(range(8).stream().map(Pools::sqr).toList(), res.get());
        });
        check("terminate", () -> { // _TestPool.test_terminate
            Pool small = new Pool(2);
            Pool.AsyncResult<Integer> res = small.applyAsync(() -> sqrSlowly(3, 60_000));
            small.terminate();
            small.join();
            expectThrows(CancellationException.class, res::get);
        });
        check("pool_refusals", () -> expectThrows(IllegalArgumentException.class, () -> new Pool(0)));
        pool.close();
        pool.join();
        check("no_active_children_after_join", () -> expectEquals(List.of(), Process.activeChildren()));
    }

    private static <T> List<T> drain(Iterator<T> it) {
        List<T> all = new ArrayList<>();
        while (it.hasNext()) {
            all.add(it.next());
        }
        return all;
    }
}
