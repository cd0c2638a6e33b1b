"""Python's multiprocessing on the four measurements of RuntimeBenchmark.java.

Prints one flat JSON object of numbers on stdout (RuntimeBenchmark parses it). The lock, queue and Value
measurements use the fork context, Linux's default in 3.11: a Lock, Queue or Value works the same
whichever way its processes were started.
"""

import argparse
import json
import multiprocessing
import os
import time

START_METHODS = ("fork", "forkserver", "spawn")


def ping_pong(mine, other, warmup, rounds, results, cpu):
    """Takes its own lock and frees the other's; the timing side reports the timed rounds."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    for _ in range(warmup):
        mine.acquire()
        other.release()
    started = time.perf_counter_ns()
    for _ in range(rounds):
        mine.acquire()
        other.release()
    if results is not None:
        results.put(time.perf_counter_ns() - started)


def lock_handoff_us(ctx, warmup, rounds, pinned=False):
    """Microseconds per handoff: one round trip of two processes is two handoffs. Pinned: on CPUs 0 and 1."""
    ping_lock, pong_lock = ctx.Lock(), ctx.Lock()
    pong_lock.acquire()  # ping moves first
    results = ctx.Queue()
    ping = ctx.Process(target=ping_pong, args=(ping_lock, pong_lock, warmup, rounds, results, 0 if pinned else None))
    pong = ctx.Process(target=ping_pong, args=(pong_lock, ping_lock, warmup, rounds, None, 1 if pinned else None))
    ping.start()
    pong.start()
    elapsed_ns = results.get()
    ping.join()
    pong.join()
    return elapsed_ns / (2 * rounds) / 1e3


def do_nothing():
    pass


def start_join_ms(ctx, starts):
    """Mean milliseconds of start() + join() of a process that does nothing."""
    warm = ctx.Process(target=do_nothing)  # forkserver starts its server on first use
    warm.start()
    warm.join()
    started = time.perf_counter_ns()
    for _ in range(starts):
        process = ctx.Process(target=do_nothing)
        process.start()
        process.join()
    return (time.perf_counter_ns() - started) / 1e6 / starts


def echo(requests, replies):
    for item in iter(requests.get, None):
        replies.put(item)


def queue_round_trip_us(ctx, warmup, trips):
    """Microseconds from the parent's put to its get of the child's echo."""
    requests, replies = ctx.Queue(), ctx.Queue()
    child = ctx.Process(target=echo, args=(requests, replies))
    child.start()
    for i in range(warmup):
        requests.put(i)
        replies.get()
    started = time.perf_counter_ns()
    for i in range(trips):
        requests.put(i)
        replies.get()
    elapsed_ns = time.perf_counter_ns() - started
    requests.put(None)
    child.join()
    return elapsed_ns / trips / 1e3


def add_ones(value, warmup, increments, ready, go, done):
    """Adds 1 under the value's lock: warm-up first, then the timed increments once told to go."""
    for _ in range(warmup):
        with value.get_lock():
            value.value += 1
    ready.put(True)
    go.wait()
    for _ in range(increments):
        with value.get_lock():
            value.value += 1
    done.put(True)


def value_increments(ctx, warmup, increments):
    """Increments per second of two processes together, and the final total (must be exact)."""
    value = ctx.Value("i", 0)
    ready, done, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    adders = [ctx.Process(target=add_ones, args=(value, warmup, increments, ready, go, done)) for _ in range(2)]
    for adder in adders:
        adder.start()
    for _ in adders:
        ready.get()
    started = time.perf_counter_ns()
    go.set()
    for _ in adders:
        done.get()
    elapsed_ns = time.perf_counter_ns() - started
    for adder in adders:
        adder.join()
    return 2 * increments / (elapsed_ns / 1e9), value.value


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warmup", type=int, default=5000)
    parser.add_argument("--round-trips", type=int, default=2000)
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--queue-trips", type=int, default=2000)
    parser.add_argument("--increments", type=int, default=20000)
    parser.add_argument("--steady-warmup", type=int, default=50000)
    parser.add_argument("--steady-round-trips", type=int, default=20000)
    parser.add_argument("--steady-increments", type=int, default=200000)
    args = parser.parse_args()

    steady = multiprocessing.get_context("fork")
    results = {"lock_handoff_us": lock_handoff_us(steady, args.warmup, args.round_trips)}
    results["lock_handoff_steady_us"] = lock_handoff_us(steady, args.steady_warmup, args.steady_round_trips)
    if hasattr(os, "sched_setaffinity") and os.cpu_count() >= 2:
        results["lock_handoff_pinned_short_us"] = lock_handoff_us(steady, args.warmup, args.round_trips, pinned=True)
        results["lock_handoff_pinned_us"] = lock_handoff_us(steady, args.steady_warmup, args.steady_round_trips,
                                                            pinned=True)
    for method in START_METHODS:
        results[f"start_join_{method}_ms"] = start_join_ms(multiprocessing.get_context(method), args.starts)
    results["queue_round_trip_us"] = queue_round_trip_us(steady, args.warmup, args.queue_trips)
    per_second, total = value_increments(steady, args.warmup, args.increments)
    results["value_increments_per_s"] = per_second
    results["value_total"] = total
    results["value_expected"] = 2 * (args.warmup + args.increments)
    per_second, total = value_increments(steady, args.steady_warmup, args.steady_increments)
    results["value_steady_increments_per_s"] = per_second
    results["value_steady_total"] = total
    results["value_steady_expected"] = 2 * (args.steady_warmup + args.steady_increments)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
