package io.github.mpgrade.multiprocessing.internal.instrument;

import io.github.mpgrade.multiprocessing.internal.client.Client;
import io.github.mpgrade.multiprocessing.internal.client.Reply;
import io.github.mpgrade.multiprocessing.internal.client.Timeouts;
import io.github.mpgrade.multiprocessing.internal.wire.Op;

/**
 * A thread's life as the coordinator sees it in a controlled run: started (a task of the program,
 * counted against its limit), waiting at its start barrier, ended, joined. Outside a controlled run,
 * or for a thread the agent did not make, each call is Java's own.
 */
final class ThreadLife {
    private ThreadLife() {
    }

    static void start(Thread thread) {
        if (!(thread instanceof ControlledThread controlled) || !Client.isControlled()
                || thread.getState() != Thread.State.NEW) {
            thread.start(); // also Java's IllegalThreadStateException for a second start
            return;
        }
        long id = thread.getId();
        String name = thread.getName();
        Client client = Client.get();
        Reply reply = client.call(Op.THREAD_START, false, frame -> frame.putLong(id).putString(name)).orThrow();
        controlled.startedAs((int) reply.number());
        client.threadStarting(thread); // busy until it parks at its start barrier
        try {
            thread.start();
        } finally {
            if (thread.getState() == Thread.State.NEW) {
                client.threadBegan(thread); // an overriding start() that never started it: nothing to wait for
            }
        }
    }

    /** The first {@code run()} of a thread started through the agent waits here until the scheduler lets it begin. */
    static void runBegins() {
        if (Thread.currentThread() instanceof ControlledThread thread && thread.enterRun()) {
            Client client = Client.get();
            client.call(Op.BEGIN, true, frame -> { });
            client.threadBegan(thread);
        }
    }

    static void runEnds() {
        if (Thread.currentThread() instanceof ControlledThread thread && thread.leaveRun()) {
            end(thread);
        }
    }

    /**
     * The exception ends the thread's outermost {@code run()}: it is reported (and its stack trace
     * printed) now, before the coordinator hears of the end, so it has the same place in every
     * replay; the JVM then does not report it again.
     */
    static void runFails(Throwable failure) {
        if (Thread.currentThread() instanceof ControlledThread thread && thread.leaveRun()) {
            try {
                thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
            } catch (RuntimeException ignored) {
                // the JVM ignores what a handler throws, too
            }
            thread.failureDispatched();
            end(thread);
        }
    }

    private static void end(ControlledThread thread) {
        thread.ended(); // before the call: once it is parked there, others may ask isAlive()
        int record = thread.record();
        Client.get().call(Op.THREAD_END, false, frame -> frame.putInt(record));
    }

    /** Java's {@code join(millis)}: 0 waits until the thread has ended. */
    static void join(Thread thread, long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (!(thread instanceof ControlledThread controlled) || controlled.record() == 0 || !Client.isControlled()) {
            thread.join(millis);
            return;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        int record = controlled.record();
        long wait = millis == 0 ? Timeouts.FOREVER : millis;
        Reply reply = Client.get().call(Op.THREAD_JOIN, true, frame -> frame.putInt(record).putLong(wait));
        if (reply.interrupted()) {
            Thread.interrupted();
            throw new InterruptedException();
        }
        if (reply.ok()) {
            awaitTermination(thread);
        }
    }

    /**
     * The coordinator saw the thread end its {@code run()}: only the JVM's last moment of it is
     * left, waited for running. Not in {@code Thread.join}: a thread waiting there looks parked,
     * and on a loaded machine the JVM could then be reported quiet before this thread's next call,
     * so a decision would be made without it and a replay of the seed could differ.
     */
    private static void awaitTermination(Thread thread) {
        while (thread.isAlive()) {
            Thread.yield();
        }
    }

    /** Whether the thread is alive; in a controlled run a scheduling point, since programs poll it in loops. */
    static boolean isAlive(Thread thread) {
        if (!Client.isControlled()) {
            return thread.isAlive();
        }
        Hooks.schedulingPoint();
        if (thread instanceof ControlledThread controlled && controlled.record() != 0) {
            return !controlled.hasEnded();
        }
        return thread.isAlive();
    }

    /**
     * {@code thread.interrupt()}: the coordinator ends the thread's sleep, join or monitor wait if
     * it is in one (a scheduling point, so who interrupts when is the schedule's), then the flag is
     * set. In that order: once the request is decided every other thread is parked, not writing to
     * the coordinator's socket, which an interrupt would close; and the thread wakes only at a later
     * decision, after its flag is set.
     */
    static void interrupt(Thread thread) {
        if (Client.isControlled()) {
            long id = thread.getId();
            Client.get().call(Op.INTERRUPT, false, frame -> frame.putLong(id));
        }
        Client.interrupt(thread);
    }

    /** {@code Thread.sleep}: on the coordinator's virtual clock in a controlled run. */
    static void sleep(long millis) throws InterruptedException {
        if (!Client.isControlled()) {
            Thread.sleep(millis);
            return;
        }
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        Reply reply = Client.get().call(Op.SLEEP, true, frame -> frame.putLong(millis));
        if (reply.interrupted() | Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
    }
}
