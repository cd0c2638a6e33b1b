package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.SemWord;
import java.util.ArrayList;
import java.util.List;

/**
 * The one synchronizer under every lock and semaphore, like CPython's {@code SemLock}:
 * Lock = (LOCK, 1, 1), RLock = (RLOCK, 1, 1), Semaphore = (SEMAPHORE, v, MAX),
 * BoundedSemaphore = (BOUNDED_SEMAPHORE, v, v); only an RLock is recursive. It only decides;
 * queueing and replies are the caller's. Guarded by the coordinator's state lock.
 *
 * <p>In a free run a lock or semaphore may be backed by a {@link SemWord} in shared memory: then
 * the word holds the permits and the processes take and give them themselves (the fast path);
 * this object keeps who holds them, from the events the coordinator drains ({@link #tookFast},
 * {@link #releasedFast}).
 */
final class SemCore implements OperationTarget {
    final int id;
    final SyncObject object;
    final String createdAt;
    private final int max;
    private int value;
    /** Who took the permits now out, oldest first; for reports and lock-order analyses only. */
    private final List<TaskKey> holders = new ArrayList<>();
    private int depth; // RECURSIVE: how many times the owner holds it
    /** The permits in shared memory (a free run's fast path), or null: {@link #value} holds them. */
    private SemWord word;

    SemCore(int id, SyncObject object, int value, int max, String createdAt) {
        this.id = id;
        this.value = value;
        this.max = max;
        this.object = object;
        this.createdAt = createdAt;
    }

    @Override
    public String name() {
        return object.name();
    }

    /** Takes a permit for {@code task} if one is free (or the task already owns the RLock). */
    boolean tryTake(TaskKey task) {
        if (object.kind().isRecursive() && depth > 0 && holders.get(0).equals(task)) {
            depth++;
            return true;
        }
        if (value == 0) {
            return false;
        }
        value--;
        holders.add(task);
        if (object.kind().isRecursive()) {
            depth = 1;
        }
        return true;
    }

    /** Whether {@link #tryTake} would succeed for {@code task} now. */
    boolean canTake(TaskKey task) {
        return value() > 0 || (object.kind().isRecursive() && depth > 0 && holders.get(0).equals(task));
    }

    /**
     * Gives a permit back.
     *
     * @param describe names a task in the refusal: {@code MainProcess (thread main)}
     * @return null, or why the release is refused (CPython's words)
     */
    String release(TaskKey task, java.util.function.Function<TaskKey, ?> describe) {
        if (object.kind().isRecursive()) {
            if (depth == 0 || !holders.get(0).equals(task)) {
                return releaseRefusal(task, describe);
            }
            if (--depth > 0) {
                return null;
            }
        } else if (value >= max) {
            return releaseRefusal();
        }
        value++;
        dropHold(task);
        return null;
    }

    /** Why a release by {@code task} is refused now (CPython's words). */
    String releaseRefusal(TaskKey task, java.util.function.Function<TaskKey, ?> describe) {
        if (object.kind().isRecursive()) {
            return "cannot release un-acquired lock: an RLock can only be released by the thread that"
                   + " acquired it" + (depth == 0 ? "" : " (" + describe.apply(holders.get(0)) + " holds it)");
        }
        return releaseRefusal();
    }

    /** Why a release finds all permits free already (CPython's words). */
    private String releaseRefusal() {
        return max == 1
                ? "release unlocked lock: " + object + " is not held by anyone"
                : "semaphore or lock released too many times: " + object + " already has its " + max + " permits";
    }

    /** A release by a non-holder (Python allows it for Lock and Semaphore) frees the oldest hold. */
    private void dropHold(TaskKey task) {
        int index = holders.indexOf(task);
        if (index < 0 && !holders.isEmpty()) {
            index = 0;
        }
        if (index >= 0) {
            holders.remove(index);
        }
    }

    /** Backs this object by a word of shared memory, from its creation on. */
    void backBy(SemWord word) {
        this.word = word;
    }

    /** The word in shared memory that holds the permits, or null. */
    SemWord word() {
        return word;
    }

    /** A task took a permit of the word (the fast path, or granted by the coordinator). */
    void tookFast(TaskKey task) {
        holders.add(task);
        if (object.kind().isRecursive()) {
            depth = 1;
        }
    }

    /** An RLock's owner took it once more, or released one hold that was not its last. */
    void depthChangedFast(int by) {
        depth += by;
    }

    /** A task gave a permit back to the word. */
    void releasedFast(TaskKey task) {
        dropHold(task);
        if (object.kind().isRecursive()) {
            depth = 0;
        }
    }

    /** How many times {@code task} holds this now: RLock depth, or 1 for a held Lock it took last. */
    int depthHeldBy(TaskKey task) {
        if (object.kind().isRecursive()) {
            return depth > 0 && holders.get(0).equals(task) ? depth : 0;
        }
        return holders.contains(task) ? 1 : 0;
    }

    /** A semaphore a composed primitive uses inside ({@code Condition.wakeup}): not the program's own. */
    boolean isInternal() {
        return object.kind().isInternal();
    }

    List<TaskKey> holders() {
        return List.copyOf(holders);
    }

    /** Whether the task holds it now (without a copy of its holders: a scheduler asks at every step). */
    boolean isHeldBy(TaskKey task) {
        return holders.contains(task);
    }

    /** How many permits are free now: 0 for a held lock. */
    int freePermits() {
        return value();
    }

    @Override
    public String toString() {
        return object + (object.kind().isRecursive() ? " depth=" + depth : " value=" + value() + "/" + max)
                + " holders=" + holders;
    }

    /** How many permits are free now (0: an acquire by a task that does not own it waits). */
    int value() {
        return word != null ? word.permits() : value;
    }
}
