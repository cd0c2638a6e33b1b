"""Python's multiprocessing on the four measurements of PyApiBenchmark.java: Pipe round trip,
Pool.map of small tasks with 2 workers, Array element increments under its lock, JoinableQueue
producer -> consumer throughput.

Prints one flat JSON object of numbers on stdout (PyApiBenchmark parses it). Uses the fork
context, as bench_multiprocessing.py does for its steady-state figures.
"""

import argparse
import json
import multiprocessing
import time


def echo(conn):
    """Sends back every message until None."""
    while True:
        message = conn.recv()
        if message is None:
            break
        conn.send(message)


def pipe_round_trip_us(ctx, warmup, trips):
    """Microseconds from the parent's send to its recv of the child's echo."""
    mine, theirs = ctx.Pipe()
    child = ctx.Process(target=echo, args=(theirs,))
    child.start()
    for i in range(warmup):
        mine.send(i)
        mine.recv()
    started = time.perf_counter_ns()
    for i in range(trips):
        mine.send(i)
        mine.recv()
    elapsed_ns = time.perf_counter_ns() - started
    mine.send(None)
    child.join()
    return elapsed_ns / trips / 1e3


def square(x):
    return x * x


def pool_map_ms(ctx, tasks, repeats):
    """Mean milliseconds of Pool(2).map over `tasks` small tasks, the pool already started."""
    with ctx.Pool(2) as pool:
        pool.map(square, range(tasks))  # warm-up
        started = time.perf_counter_ns()
        for _ in range(repeats):
            result = pool.map(square, range(tasks))
        elapsed_ns = time.perf_counter_ns() - started
    assert result == [x * x for x in range(tasks)]
    return elapsed_ns / repeats / 1e6


def add_to_array(arr, warmup, increments, ready, go, done):
    for i in range(warmup + increments):
        if i == warmup:
            ready.put(True)
            go.wait()
        with arr.get_lock():
            arr[i % len(arr)] += 1
    done.put(True)


def array_increments_per_s(ctx, warmup, increments, adders=2, size=10):
    """Element increments per second of `adders` processes together, each under the array's lock."""
    arr = ctx.Array('i', size)
    ready, done, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    processes = [ctx.Process(target=add_to_array, args=(arr, warmup, increments, ready, go, done))
                 for _ in range(adders)]
    for p in processes:
        p.start()
    for _ in processes:
        ready.get()
    started = time.perf_counter_ns()
    go.set()
    for _ in processes:
        done.get()
    elapsed_ns = time.perf_counter_ns() - started
    for p in processes:
        p.join()
    total = sum(arr[:])
    return adders * increments / (elapsed_ns / 1e9), total, adders * (warmup + increments)


def consume(queue):
    while True:
        item = queue.get()
        queue.task_done()
        if item is None:
            break


def joinable_queue_items_per_s(ctx, warmup, items):
    """Items per second from one producer's put to one consumer's task_done, until join() returns."""
    queue = ctx.JoinableQueue()
    consumer = ctx.Process(target=consume, args=(queue,))
    consumer.start()
    for i in range(warmup):
        queue.put(i)
    queue.join()
    started = time.perf_counter_ns()
    for i in range(items):
        queue.put(i)
    queue.join()
    elapsed_ns = time.perf_counter_ns() - started
    queue.put(None)
    consumer.join()
    return items / (elapsed_ns / 1e9)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=2000)
    parser.add_argument("--pipe-trips", type=int, default=2000)
    parser.add_argument("--pool-tasks", type=int, default=1000)
    parser.add_argument("--pool-repeats", type=int, default=5)
    parser.add_argument("--array-increments", type=int, default=5000)
    parser.add_argument("--queue-items", type=int, default=2000)
    args = parser.parse_args()
    ctx = multiprocessing.get_context("fork")
    per_s, total, expected = array_increments_per_s(ctx, args.warmup, args.array_increments)
    print(json.dumps({
        "pipe_round_trip_us": pipe_round_trip_us(ctx, args.warmup, args.pipe_trips),
        "pool_map_ms": pool_map_ms(ctx, args.pool_tasks, args.pool_repeats),
        "array_increments_per_s": per_s,
        "array_total": total,
        "array_expected": expected,
        "joinable_queue_items_per_s": joinable_queue_items_per_s(ctx, args.warmup, args.queue_items),
    }))


if __name__ == "__main__":
    main()
