package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.function.Predicate;

/**
 * What {@link ControlledArrayBlockingQueue} and {@link ControlledLinkedBlockingQueue} share: Java's
 * algorithm of a bounded queue on one lock and two conditions ({@code notEmpty}, {@code notFull}),
 * here a controlled lock named after the queue's class, so every put and take is a step the
 * coordinator schedules. The items stay in this JVM. Iterators walk a copy taken when they are
 * made (Java's are weakly consistent; a copy is one of the answers it allows).
 */
final class BlockingQueueCore<E> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kinds that name a queue's lock and what its waiting threads wait for, in the log and in reports. */
    record Kinds(ObjectKind lock, ObjectKind notEmpty, ObjectKind notFull) implements Serializable {
        static final Kinds ARRAY = new Kinds(ObjectKind.ARRAY_BLOCKING_QUEUE, ObjectKind.ARRAY_BLOCKING_QUEUE_NOT_EMPTY,
                ObjectKind.ARRAY_BLOCKING_QUEUE_NOT_FULL);
        static final Kinds LINKED = new Kinds(ObjectKind.LINKED_BLOCKING_QUEUE,
                ObjectKind.LINKED_BLOCKING_QUEUE_NOT_EMPTY, ObjectKind.LINKED_BLOCKING_QUEUE_NOT_FULL);
        static final Kinds EXECUTOR = new Kinds(ObjectKind.EXECUTOR_QUEUE, ObjectKind.EXECUTOR_QUEUE_NOT_EMPTY,
                ObjectKind.EXECUTOR_QUEUE_NOT_FULL);
    }

    private final int capacity;
    private final ControlledReentrantLock lock;
    private final Condition notEmpty;
    private final Condition notFull;
    private final ArrayDeque<E> items = new ArrayDeque<>(); // guarded by lock

    BlockingQueueCore(Kinds kinds, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
        this.lock = new ControlledReentrantLock(false, kinds.lock());
        this.notEmpty = lock.newCondition(kinds.notEmpty());
        this.notFull = lock.newCondition(kinds.notFull());
    }

    /** Adds the items of a new queue's collection, as Java's constructors do. */
    void addAllAtStart(Collection<? extends E> initial) {
        for (E item : initial) {
            if (!offer(item)) {
                throw new IllegalArgumentException("the collection has more items than the queue's capacity, "
                        + capacity);
            }
        }
    }

    boolean offer(E item) {
        Objects.requireNonNull(item);
        lock.lock();
        try {
            if (items.size() == capacity) {
                return false;
            }
            enqueue(item);
            return true;
        } finally {
            lock.unlock();
        }
    }

    void put(E item) throws InterruptedException {
        Objects.requireNonNull(item);
        ControlledCondition.throwIfInterrupted();
        lock.lock();
        try {
            while (items.size() == capacity) {
                notFull.await();
            }
            enqueue(item);
        } finally {
            lock.unlock();
        }
    }

    boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(item);
        ControlledCondition.throwIfInterrupted();
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (items.size() == capacity) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            enqueue(item);
            return true;
        } finally {
            lock.unlock();
        }
    }

    E poll() {
        lock.lock();
        try {
            return items.isEmpty() ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    E take() throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        lock.lock();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    E poll(long timeout, TimeUnit unit) throws InterruptedException {
        ControlledCondition.throwIfInterrupted();
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (items.isEmpty()) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(E item) {
        items.addLast(item);
        notEmpty.signal();
    }

    private E dequeue() {
        E item = items.removeFirst();
        notFull.signal();
        return item;
    }

    E peek() {
        lock.lock();
        try {
            return items.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    int remainingCapacity() {
        lock.lock();
        try {
            return capacity - items.size();
        } finally {
            lock.unlock();
        }
    }

    /** Removes the first item equal to {@code o}. */
    boolean remove(Object o) {
        return o != null && removeWhere(o::equals, true);
    }

    boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return removeWhere(filter, false);
    }

    /** Removes the items that match (only the first, if {@code onlyFirst}); those it frees room for may go on. */
    private boolean removeWhere(Predicate<? super E> filter, boolean onlyFirst) {
        lock.lock();
        try {
            int removed = 0;
            for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed++;
                    if (onlyFirst) {
                        break;
                    }
                }
            }
            for (int i = 0; i < removed; i++) {
                notFull.signal();
            }
            return removed > 0;
        } finally {
            lock.unlock();
        }
    }

    boolean contains(Object o) {
        lock.lock();
        try {
            return o != null && items.contains(o);
        } finally {
            lock.unlock();
        }
    }

    /** The items now, oldest first. */
    List<E> snapshot() {
        lock.lock();
        try {
            return new ArrayList<>(items);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            int removed = items.size();
            items.clear();
            for (int i = 0; i < removed; i++) {
                notFull.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    int drainTo(Collection<? super E> target, int maxItems, Object queue) {
        Objects.requireNonNull(target);
        if (target == queue) {
            throw new IllegalArgumentException();
        }
        lock.lock();
        try {
            int moved = 0;
            while (moved < maxItems && !items.isEmpty()) {
                target.add(dequeue());
                moved++;
            }
            return moved;
        } finally {
            lock.unlock();
        }
    }

    /** An iterator over the items when it was made; its {@code remove} removes that very item from the queue. */
    Iterator<E> iterator() {
        Iterator<E> copy = snapshot().iterator();
        return new Iterator<>() {
            private E last;

            @Override
            public boolean hasNext() {
                return copy.hasNext();
            }

            @Override
            public E next() {
                last = copy.next();
                return last;
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                E removing = last;
                last = null;
                removeWhere(item -> item == removing, true);
            }
        };
    }

    /** As Java's, {@code [a, b]}. */
    @Override
    public String toString() {
        return snapshot().toString();
    }
}
