package io.github.mpgrade.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Runs numbered schedules, several at once, and finds the first that fails in their numbering:
 * the same witness as running them one after another, whichever run ends first. Schedules are
 * taken in their numbering; once schedule <i>k</i> failed, none after it starts, and every one
 * before it, already started, runs to its end, since one of them may fail too.
 */
final class OrderedSearch {
    /**
     * @param schedules how many schedules ran one after another would have: up to and with the
     *                  witness, else every one that ran
     * @param witness   the first failing schedule's run, if one failed
     * @param <R>       what a run gives
     */
    record Found<R>(int schedules, Optional<R> witness) {
    }

    private final ExecutorService runners;
    private final int atOnce;

    OrderedSearch(ExecutorService runners, int atOnce) {
        this.runners = runners;
        this.atOnce = atOnce;
    }

    /**
     * Runs schedules {@code from} to {@code to - 1} until one {@code fails}, starting none once
     * {@code timeUp} says so. A run that throws ends the search like a failure, and its exception
     * is thrown if no schedule before it failed.
     */
    <R> Found<R> first(int from, int to, IntFunction<R> run, Predicate<R> fails, BooleanSupplier timeUp) {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger firstEnding = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(Math.max(0, to - from));
        Runnable runner = () -> {
            for (int n = next.getAndIncrement(); n < to && n < firstEnding.get(); n = next.getAndIncrement()) {
                if (Thread.currentThread().isInterrupted() || timeUp.getAsBoolean()) {
                    return;
                }
                try {
                    R made = run.apply(n);
                    outcomes.set(n - from, made);
                    if (fails.test(made)) {
                        firstEnding.accumulateAndGet(n, Math::min);
                    }
                } catch (RuntimeException e) {
                    outcomes.set(n - from, e);
                    firstEnding.accumulateAndGet(n, Math::min);
                }
            }
        };
        awaitAll(runner);
        int ending = firstEnding.get();
        int ran = 0;
        for (int i = 0; i < outcomes.length(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome == null) {
                continue; // not started: the time was up, or a schedule before it had failed
            }
            ran++;
            if (from + i == ending) {
                if (outcome instanceof RuntimeException thrown) {
                    throw thrown;
                }
                @SuppressWarnings("unchecked") // only runs and exceptions are stored
                R witness = (R) outcome;
                return new Found<>(ran, Optional.of(witness));
            }
        }
        return new Found<>(ran, Optional.empty());
    }

    private void awaitAll(Runnable runner) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < atOnce; i++) {
            running.add(runners.submit(runner));
        }
        boolean done = false;
        try {
            for (Future<?> each : running) {
                each.get();
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring", e);
        } catch (ExecutionException e) { // a runner catches what a run throws: this is an Error
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a search's runner failed", e.getCause());
        } finally {
            if (!done) {
                running.forEach(each -> each.cancel(true)); // each run kills its program when interrupted
            }
        }
    }
}
