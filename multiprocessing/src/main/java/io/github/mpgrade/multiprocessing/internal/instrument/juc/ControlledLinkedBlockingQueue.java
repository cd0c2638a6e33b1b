package io.github.mpgrade.multiprocessing.internal.instrument.juc;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A {@link LinkedBlockingQueue} whose puts and takes are steps the coordinator schedules, on a
 * controlled lock named {@code LinkedBlockingQueue-1} in the log: first in first out, bounded by
 * its capacity ({@link Integer#MAX_VALUE} unless given), {@code put} waits while it is full and
 * {@code take} while it is empty.
 */
public class ControlledLinkedBlockingQueue<E> extends LinkedBlockingQueue<E> {
    private static final long serialVersionUID = 1L;

    private final BlockingQueueCore<E> core;

    public ControlledLinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public ControlledLinkedBlockingQueue(int capacity) {
        this(BlockingQueueCore.Kinds.LINKED, capacity);
    }

    public ControlledLinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        core.addAllAtStart(c);
    }

    /** A queue named as what it serves ({@code ExecutorService.queue-1}). */
    ControlledLinkedBlockingQueue(BlockingQueueCore.Kinds kinds, int capacity) {
        super(1); // the JDK's own nodes stay unused: the items live in the core
        this.core = new BlockingQueueCore<>(kinds, capacity);
    }

    @Override
    public boolean offer(E item) {
        return core.offer(item);
    }

    @Override
    public void put(E item) throws InterruptedException {
        core.put(item);
    }

    @Override
    public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        return core.offer(item, timeout, unit);
    }

    @Override
    public E poll() {
        return core.poll();
    }

    @Override
    public E take() throws InterruptedException {
        return core.take();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return core.poll(timeout, unit);
    }

    @Override
    public E peek() {
        return core.peek();
    }

    @Override
    public int size() {
        return core.size();
    }

    @Override
    public int remainingCapacity() {
        return core.remainingCapacity();
    }

    @Override
    public boolean remove(Object o) {
        return core.remove(o);
    }

    @Override
    public boolean contains(Object o) {
        return core.contains(o);
    }

    @Override
    public Object[] toArray() {
        return core.snapshot().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return core.snapshot().toArray(a);
    }

    @Override
    public String toString() {
        return core.toString();
    }

    @Override
    public void clear() {
        core.clear();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return core.drainTo(c, Integer.MAX_VALUE, this);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        return core.drainTo(c, maxElements, this);
    }

    @Override
    public Iterator<E> iterator() {
        return core.iterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(core.snapshot(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        core.snapshot().forEach(action);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return core.removeIf(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return core.removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return core.removeIf(item -> !c.contains(item));
    }
}
