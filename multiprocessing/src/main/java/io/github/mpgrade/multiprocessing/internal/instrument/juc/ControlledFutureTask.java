package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The future of a task given to a {@link ControlledExecutorService}: Java's FutureTask, with its
 * end a coordinator gate ({@code Future-1} in the log) that {@code get} passes once the task has
 * returned, thrown or been cancelled. A thread that waits for a future that never ends is a wait
 * the deadlock report names.
 */
final class ControlledFutureTask<V> implements RunnableFuture<V> {
    private enum State { NEW, COMPLETED, FAILED, CANCELLED }

    private final Callable<V> callable;
    private final Permits done = Permits.closed(ObjectKind.FUTURE);
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private volatile V result;
    private volatile Throwable failure;
    private volatile Thread runner;

    ControlledFutureTask(Callable<V> callable) {
        this.callable = Objects.requireNonNull(callable);
    }

    @Override
    public void run() {
        if (state.get() != State.NEW) {
            return; // cancelled before it began
        }
        runner = Thread.currentThread();
        try {
            result = callable.call();
            end(State.COMPLETED);
        } catch (Throwable e) {
            failure = e;
            end(State.FAILED);
        } finally {
            runner = null;
        }
    }

    private void end(State outcome) {
        if (state.compareAndSet(State.NEW, outcome)) {
            done.release();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!state.compareAndSet(State.NEW, State.CANCELLED)) {
            return false;
        }
        Thread running = runner;
        if (mayInterruptIfRunning && running != null) {
            Client.interrupt(running);
        }
        done.release();
        return true;
    }

    @Override
    public boolean isCancelled() {
        return state.get() == State.CANCELLED;
    }

    @Override
    public boolean isDone() {
        return state.get() != State.NEW;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        ControlledCondition.throwIfInterrupted();
        done.acquire();
        done.release();
        return outcome();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        ControlledCondition.throwIfInterrupted();
        if (!done.tryAcquire(timeout, unit)) {
            throw new TimeoutException();
        }
        done.release();
        return outcome();
    }

    private V outcome() throws ExecutionException {
        return switch (state.get()) {
            case COMPLETED -> result;
            case FAILED -> throw new ExecutionException(failure);
            case CANCELLED -> throw new CancellationException();
            case NEW -> throw new IllegalStateException("the gate of an unfinished task was open");
        };
    }

    @Override
    public String toString() {
        return "Future" + done + "[" + state.get() + "]";
    }
}
