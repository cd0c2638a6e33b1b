package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayList;
import java.util.List;

/**
 * The one synchronizer under every lock and semaphore, like CPython's {@code SemLock}:
 * Lock = (SEMAPHORE, 1, 1), RLock = (RECURSIVE, 1, 1), Semaphore = (SEMAPHORE, v, MAX),
 * BoundedSemaphore = (SEMAPHORE, v, v). It only decides; queueing and replies are the caller's.
 * Guarded by the coordinator's state lock.
 */
final class SemCore implements OperationTarget {
    enum Kind { SEMAPHORE, RECURSIVE }

    final int id;
    final Kind kind;
    final String name;
    final String createdAt;
    private final int max;
    private int value;
    /** Who took the permits now out, oldest first; for reports and lock-order analyses only. */
    private final List<TaskKey> holders = new ArrayList<>();
    private int depth; // RECURSIVE: how many times the owner holds it

    SemCore(int id, Kind kind, int value, int max, String name, String createdAt) {
        this.id = id;
        this.kind = kind;
        this.value = value;
        this.max = max;
        this.name = name;
        this.createdAt = createdAt;
    }

    @Override
    public String name() {
        return name;
    }

    /** Takes a permit for {@code task} if one is free (or the task already owns the RLock). */
    boolean tryTake(TaskKey task) {
        if (kind == Kind.RECURSIVE && depth > 0 && holders.get(0).equals(task)) {
            depth++;
            return true;
        }
        if (value == 0) {
            return false;
        }
        value--;
        holders.add(task);
        if (kind == Kind.RECURSIVE) {
            depth = 1;
        }
        return true;
    }

    /** Whether {@link #tryTake} would succeed for {@code task} now. */
    boolean canTake(TaskKey task) {
        return value > 0 || (kind == Kind.RECURSIVE && depth > 0 && holders.get(0).equals(task));
    }

    /**
     * Gives a permit back.
     *
     * @param describe names a task in the refusal: {@code MainProcess (thread main)}
     * @return null, or why the release is refused (CPython's words)
     */
    String release(TaskKey task, java.util.function.Function<TaskKey, ?> describe) {
        if (kind == Kind.RECURSIVE) {
            if (depth == 0 || !holders.get(0).equals(task)) {
                return "cannot release un-acquired lock: an RLock can only be released by the thread that"
                        + " acquired it" + (depth == 0 ? "" : " (" + describe.apply(holders.get(0)) + " holds it)");
            }
            if (--depth > 0) {
                return null;
            }
        } else if (value >= max) {
            return max == 1
                    ? "release unlocked lock: " + name + " is not held by anyone"
                    : "semaphore or lock released too many times: " + name + " already has its "
                      + max + " permits";
        }
        value++;
        // A release by a non-holder (Python allows it for Lock and Semaphore) frees the oldest hold.
        int index = holders.indexOf(task);
        if (index < 0 && !holders.isEmpty()) {
            index = 0;
        }
        if (index >= 0) {
            holders.remove(index);
        }
        return null;
    }

    /** How many times {@code task} holds this now: RLock depth, or 1 for a held Lock it took last. */
    int depthHeldBy(TaskKey task) {
        if (kind == Kind.RECURSIVE) {
            return depth > 0 && holders.get(0).equals(task) ? depth : 0;
        }
        return holders.contains(task) ? 1 : 0;
    }

    /** A semaphore a composed primitive uses inside (its label has a dot: {@code Condition.wakeup}). */
    boolean isInternal() {
        return name.indexOf('.') >= 0;
    }

    List<TaskKey> holders() {
        return List.copyOf(holders);
    }

    @Override
    public String toString() {
        return name + (kind == Kind.RECURSIVE ? " depth=" + depth : " value=" + value + "/" + max)
                + " holders=" + holders;
    }
}
