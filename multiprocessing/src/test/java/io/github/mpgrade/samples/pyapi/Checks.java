package io.github.mpgrade.samples.pyapi;

import java.util.Objects;

/**
 * The ported CPython tests run inside one program per class family (every process is a JVM, so
 * one program runs many checks): each check prints "ok NAME", or "FAIL NAME: why", and the JUnit
 * test of the same name looks for its line.
 */
final class Checks {
    private Checks() {
    }

    interface Body {
        void run() throws Exception;
    }

    static void check(String name, Body body) {
        try {
            body.run();
            System.out.println("ok " + name);
        } catch (Throwable t) {
            System.out.println("FAIL " + name + ": " + t);
        }
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static void expectEquals(Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
    }

    /** Runs {@code body}, which must throw {@code type}; returns what it threw. */
    static <E extends Throwable> E expectThrows(Class<E> type, Body body) {
        try {
            body.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + t, t);
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but nothing was thrown");
    }

    /** Starts {@code n} threads of this process running {@code body(i)} and joins them. */
    static void threads(int n, java.util.function.IntConsumer body) throws InterruptedException {
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            int index = i;
            threads[i] = new Thread(() -> body.accept(index));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
