package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.wire.Op;

/**
 * The static entry points the agent's rewritten code calls in place of Java's concurrency. Thin:
 * each says what it replaces and hands over to the class that does it. A call passes only what
 * the JVM has at hand; the program's line is found from the stack when it is needed.
 */
public final class Hooks {
    private Hooks() {
    }

    // ---------------------------------------------------------------- threads

    /** {@code thread.start()}. */
    public static void start(Thread thread) {
        ThreadLife.start(thread);
    }

    /** First thing in every {@code run()} of the program. */
    public static void runBegins() {
        ThreadLife.runBegins();
    }

    /** Before every return of every {@code run()} of the program. */
    public static void runEnds() {
        ThreadLife.runEnds();
    }

    /** When an exception leaves a {@code run()} of the program (which then rethrows it). */
    public static void runFails(Throwable failure) {
        ThreadLife.runFails(failure);
    }

    /** {@code thread.join()}. */
    public static void join(Thread thread) throws InterruptedException {
        ThreadLife.join(thread, 0);
    }

    /** {@code thread.join(millis)}. */
    public static void join(Thread thread, long millis) throws InterruptedException {
        ThreadLife.join(thread, millis);
    }

    /** {@code thread.join(millis, nanos)}: a part of a millisecond waits a whole one. */
    public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
        ThreadLife.join(thread, nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /** {@code Thread.sleep(millis)}. */
    public static void sleep(long millis) throws InterruptedException {
        ThreadLife.sleep(millis);
    }

    /** {@code Thread.sleep(millis, nanos)}. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        ThreadLife.sleep(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /** {@code Thread.yield()}. */
    public static void yieldThread() {
        if (Client.isControlled()) {
            schedulingPoint();
        } else {
            Thread.yield();
        }
    }

    /** {@code thread.isAlive()}. */
    public static boolean isAlive(Thread thread) {
        return ThreadLife.isAlive(thread);
    }

    /** {@code thread.interrupt()}: wakes the thread's sleep, join or wait with an InterruptedException. */
    public static void interrupt(Thread thread) {
        ThreadLife.interrupt(thread);
    }

    // ---------------------------------------------------------------- monitors

    /** {@code monitorenter}, and the start of a {@code synchronized} method. */
    public static void monitorEnter(Object object) {
        Monitors.of(object).enter();
    }

    /** {@code monitorexit}, and every way out of a {@code synchronized} method. */
    public static void monitorExit(Object object) {
        Monitors.of(object).exit();
    }

    /** {@code Thread.holdsLock(object)}: of the controlled monitor, the JVM's is never taken. */
    public static boolean holdsLock(Object object) {
        Monitor monitor = Monitors.existing(object);
        return monitor != null && monitor.heldByCaller();
    }

    /** {@code object.wait()}. */
    public static void await(Object object) throws InterruptedException {
        Monitors.of(object).await(0);
    }

    /** {@code object.wait(millis)}. */
    public static void await(Object object, long millis) throws InterruptedException {
        Monitors.of(object).await(millis);
    }

    /** {@code object.wait(millis, nanos)}. */
    public static void await(Object object, long millis, int nanos) throws InterruptedException {
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        Monitors.of(object).await(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /** {@code object.notify()}. */
    public static void notifyOne(Object object) {
        Monitors.of(object).wake(1, "notify()");
    }

    /** {@code object.notifyAll()}. */
    public static void notifyEvery(Object object) {
        Monitors.of(object).wake(Integer.MAX_VALUE, "notifyAll()");
    }

    // ---------------------------------------------------------------- exits and atomics

    /** {@code System.exit(status)}: a scheduling point, then the process ends with the status. */
    public static void exit(int status) {
        exit(Runtime.getRuntime(), status);
    }

    /** {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        if (Client.isControlled()) {
            schedulingPoint();
        }
        runtime.exit(status);
    }

    /** {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        if (Client.isControlled()) {
            schedulingPoint();
        }
        runtime.halt(status);
    }

    /** Just before each call on a {@code java.util.concurrent.atomic} object: their interleavings are explored. */
    public static void beforeAtomic() {
        if (Client.isControlled()) {
            schedulingPoint();
        }
    }

    /** A point where the scheduler may let another task run, changing nothing. */
    static void schedulingPoint() {
        Client.get().call(Op.YIELD, false, frame -> { });
    }

    // ---------------------------------------------------------------- fields (observed, not scheduled)

    /** Before {@code target.name} is read. */
    public static void fieldRead(Object target, Class<?> owner, String name) {
        FieldWatch.accessed(target, owner, name, false);
    }

    /** Before {@code target.name} is written. */
    public static void fieldWrite(Object target, Class<?> owner, String name) {
        FieldWatch.accessed(target, owner, name, true);
    }

    /** Before the static field {@code owner.name} is read. */
    public static void staticRead(Class<?> owner, String name) {
        FieldWatch.accessed(null, owner, name, false);
    }

    /** Before the static field {@code owner.name} is written. */
    public static void staticWrite(Class<?> owner, String name) {
        FieldWatch.accessed(null, owner, name, true);
    }
}
