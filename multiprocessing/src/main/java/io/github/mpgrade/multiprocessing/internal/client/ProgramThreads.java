package io.github.mpgrade.multiprocessing.internal.client;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which threads of this JVM are the program's (not the JVM's own, not this library's), and what they do. */
final class ProgramThreads {
    private static final String LIBRARY_THREAD_PREFIX = "mpgrade-";

    /** A live thread of the program, and its state when it was looked at. */
    record Seen(Thread thread, Thread.State state) {
        /** The same thread as it is now. */
        Seen again() {
            return new Seen(thread, thread.getState());
        }

        /**
         * Whether it waits outside the library ({@code Thread.join}, a monitor) for another
         * program thread, as opposed to running, sleeping or just passing a monitor.
         */
        boolean waitsOutsideLibrary() {
            return state == Thread.State.WAITING || state == Thread.State.BLOCKED && !blockedOnlyForAMoment(thread);
        }
    }

    /** The JVM's top thread group under its system group, where every program thread lives. */
    private final ThreadGroup group;

    private ProgramThreads(ThreadGroup group) {
        this.group = group;
    }

    /** The program threads of the thread group the current thread belongs to. */
    static ProgramThreads ofCurrentThread() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null && group.getParent().getParent() != null) {
            group = group.getParent();
        }
        return new ProgramThreads(group);
    }

    /** The program's threads that have started and not ended yet. */
    List<Seen> live() {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        List<Seen> live = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (isProgramThread(threads[i])) {
                Thread.State state = threads[i].getState();
                if (state != Thread.State.TERMINATED && state != Thread.State.NEW) {
                    live.add(new Seen(threads[i], state));
                }
            }
        }
        return live;
    }

    /**
     * Every live thread of this JVM, read from its root thread group: unlike
     * {@code Thread.getAllStackTraces()} it stops no thread and takes no stack, which at the end of
     * every process of a reused JVM cost as much as a scheduling step.
     */
    static List<Thread> everyThread() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads;
        int count;
        do {
            threads = new Thread[root.activeCount() + 16];
            count = root.enumerate(threads, true);
        } while (count == threads.length); // full: more threads may have started meanwhile
        return Arrays.asList(threads).subList(0, count);
    }

    /** Threads the program made: not the JVM's own, not this library's. */
    static boolean isProgramThread(Thread thread) {
        String name = thread.getName();
        if (name.startsWith(LIBRARY_THREAD_PREFIX) || name.equals("DestroyJavaVM")) {
            return false;
        }
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g.getName().equals("main") && g.getParent() != null && g.getParent().getParent() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a thread seen BLOCKED is about to go on: it has the monitor by now, or waits for one
     * held by a thread of this library or of the JVM (which never waits for the program), as a
     * process that is just starting often does. Only a monitor held by a program thread can block
     * for good.
     */
    private static boolean blockedOnlyForAMoment(Thread thread) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId());
        if (info == null || info.getThreadState() != Thread.State.BLOCKED) {
            return true;
        }
        long owner = info.getLockOwnerId();
        for (Thread t : everyThread()) {
            if (t.getId() == owner) {
                return !isProgramThread(t);
            }
        }
        return true; // the owner has ended: the monitor is free
    }
}
