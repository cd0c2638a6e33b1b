/**
 * The {@code java.util.concurrent} classes of a program, run on the coordinator: the agent
 * rewrites {@code new ReentrantLock(...)} into {@code new ControlledReentrantLock(...)} with the
 * same constructor descriptor, and the same for {@code ReentrantReadWriteLock}, {@code Semaphore},
 * {@code CountDownLatch}, {@code CyclicBarrier}, {@code ArrayBlockingQueue},
 * {@code LinkedBlockingQueue}, and the {@code Executors} factories ({@code ControlledExecutors}).
 * Each extends the JDK class, so it fits wherever the program's code expects one, but never uses
 * the JDK's own state: every lock, unlock, await and wait is a call to the coordinator, so a
 * controlled run schedules it, the log records it under a name the program's author recognises
 * ({@code ReentrantLock-1}, {@code ArrayBlockingQueue.notEmpty-1}), and deadlock, lock-order and
 * happens-before analyses see it.
 *
 * <p>They hold Java's semantics for threads of one JVM, as the JDK's do. A ReentrantLock or a
 * Semaphore keeps all its state in the coordinator; the others keep theirs (counts, items) in this
 * JVM under a controlled lock. An interrupt is seen when a wait begins, not while it lasts.
 */
package io.github.mpgrade.multiprocessing.internal.instrument.juc;
