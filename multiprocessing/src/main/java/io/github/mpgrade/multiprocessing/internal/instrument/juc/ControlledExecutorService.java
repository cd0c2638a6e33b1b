package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.internal.client.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A thread pool whose every blocking point is controlled: the task queue is a controlled queue
 * ({@code ExecutorService.queue-1}), each future a controlled gate, termination another, and the
 * pool's own state sits behind an internal controlled mutex. As Java's ThreadPoolExecutor: a new
 * worker per task until {@code maxWorkers}, then the queue; a cached pool reuses an idle worker
 * and lets one that waited {@code idleSeconds} go. A task given to {@code execute} that throws
 * ends its worker (the exception is reported as any thread's) and a new one takes its place.
 * {@code shutdown} lets the queued tasks run first: it queues one stop order per worker behind them.
 */
final class ControlledExecutorService extends AbstractExecutorService {
    /** The order that tells one worker to stop, queued behind the tasks. */
    private static final Runnable STOP = () -> { };
    /** A replacement worker's first task: none, it goes straight to the queue. */
    private static final Runnable NO_TASK = () -> { };
    private static final long FOREVER = -1;

    private final int maxWorkers;
    private final long idleSeconds;
    private final String namePrefix;
    private final ControlledLinkedBlockingQueue<Runnable> queue =
            new ControlledLinkedBlockingQueue<>(BlockingQueueCore.Kinds.EXECUTOR, Integer.MAX_VALUE);
    private final Permits terminated = Permits.closed(ObjectKind.EXECUTOR_TERMINATION);
    private final Permits stateLock = Permits.mutex(ObjectKind.EXECUTOR_STATE);
    // Guarded by stateLock; volatile for the questions that read them without it.
    private final List<Thread> workers = new ArrayList<>();
    private int workerCount;
    private int threadNumber;
    private int idleWorkers;
    private volatile boolean shutdown;
    private volatile boolean isTerminated;

    /** @param idleSeconds how long an idle worker waits for a task before it ends; -1: for ever */
    private ControlledExecutorService(int maxWorkers, long idleSeconds, int poolNumber) {
        this.maxWorkers = maxWorkers;
        this.idleSeconds = idleSeconds;
        this.namePrefix = "pool-" + poolNumber + "-thread-";
    }

    static ControlledExecutorService fixed(int workers, int poolNumber) {
        if (workers <= 0) {
            throw new IllegalArgumentException();
        }
        return new ControlledExecutorService(workers, FOREVER, poolNumber);
    }

    static ControlledExecutorService cached(int poolNumber) {
        return new ControlledExecutorService(Integer.MAX_VALUE, 60, poolNumber);
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        Thread started = null;
        stateLock.acquire();
        try {
            if (shutdown) {
                throw new RejectedExecutionException("Task " + task + " rejected from " + this + ": it is shut down");
            }
            if (idleSeconds != FOREVER && idleWorkers > 0) {
                idleWorkers--; // that worker takes it from the queue
                queue.offer(task);
            } else if (workerCount < maxWorkers) {
                started = newWorker(task);
            } else {
                queue.offer(task);
            }
        } finally {
            stateLock.release();
        }
        if (started != null) {
            WorkerThreads.start(started);
        }
    }

    /** A worker whose first task is {@code first}, counted now and started by the caller. Under stateLock. */
    private Thread newWorker(Runnable first) {
        Thread thread = WorkerThreads.newThread(() -> work(first), namePrefix + (++threadNumber));
        workers.add(thread);
        workerCount++;
        return thread;
    }

    private void work(Runnable first) {
        boolean failed = true;
        try {
            for (Runnable task = first; task != STOP; task = nextTask()) {
                task.run();
            }
            failed = false;
        } finally {
            workerEnded(failed);
        }
    }

    /** The next task or stop order; a cached pool's idle worker that waited long enough gets STOP. */
    private Runnable nextTask() {
        if (idleSeconds == FOREVER) {
            return takeIgnoringInterrupts();
        }
        stateLock.acquire();
        idleWorkers++;
        stateLock.release();
        Runnable task = pollIgnoringInterrupts();
        if (task != null) {
            return task; // whoever queued it counted this worker busy again
        }
        stateLock.acquire();
        try {
            if (idleWorkers > 0) {
                idleWorkers--;
                return STOP;
            }
        } finally {
            stateLock.release();
        }
        return takeIgnoringInterrupts(); // a task was given to this worker just as it timed out
    }

    /** An interrupt meant for the task that ran (shutdownNow's) must not end the worker's wait. */
    private Runnable takeIgnoringInterrupts() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // the stop order is on its way
            }
        }
    }

    private Runnable pollIgnoringInterrupts() {
        while (true) {
            try {
                return queue.poll(idleSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // the stop order is on its way
            }
        }
    }

    /** A worker ends: one that a task's exception ended is replaced, as Java's are. */
    private void workerEnded(boolean failed) {
        Thread replacement = null;
        stateLock.acquire();
        try {
            workers.remove(Thread.currentThread());
            workerCount--;
            if (failed) {
                replacement = newWorker(NO_TASK);
            } else if (shutdown && workerCount == 0) {
                terminate();
            }
        } finally {
            stateLock.release();
        }
        if (replacement != null) {
            WorkerThreads.start(replacement);
        }
    }

    /** Under stateLock. */
    private void terminate() {
        isTerminated = true;
        terminated.release();
    }

    @Override
    public void shutdown() {
        stateLock.acquire();
        try {
            if (shutdown) {
                return;
            }
            shutdown = true;
            for (int i = 0; i < workerCount; i++) {
                queue.offer(STOP);
            }
            if (workerCount == 0) {
                terminate();
            }
        } finally {
            stateLock.release();
        }
    }

    /** As Java's: the tasks that never began are returned, and the workers are interrupted. */
    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> waiting = new ArrayList<>();
        stateLock.acquire();
        try {
            boolean wasShutDown = shutdown;
            shutdown = true;
            queue.drainTo(waiting);
            waiting.removeIf(task -> task == STOP);
            for (int i = 0; i < workerCount; i++) {
                queue.offer(STOP);
            }
            workers.forEach(Client::interrupt);
            if (!wasShutDown && workerCount == 0) {
                terminate();
            }
        } finally {
            stateLock.release();
        }
        return waiting;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return isTerminated;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        if (!terminated.tryAcquire(timeout, unit)) {
            return false;
        }
        terminated.release();
        return true;
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new ControlledFutureTask<>(Executors.callable(runnable, value));
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new ControlledFutureTask<>(callable);
    }

    @Override
    public String toString() {
        return "ExecutorService[" + (isTerminated ? "Terminated" : shutdown ? "Shutting down" : "Running")
                + ", workers = " + workerCount + "]";
    }
}
