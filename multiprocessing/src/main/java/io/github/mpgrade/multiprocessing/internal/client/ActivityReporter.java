package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells the coordinator what the program threads of this JVM are doing: in a controlled run,
 * each time all of them are parked ({@link Op#QUIET}); and, when it probes, whether all are
 * blocked and where each one is in the program's code ({@link Op#PROBE_REPLY}).
 */
final class ActivityReporter {
    private enum Activity { PARKED, WAITING_OUTSIDE, BUSY }

    private final Client client;
    private final ProgramThreads threads;
    private volatile Thread quietMonitor;
    private volatile boolean stopped;
    /** The wake-ups after which the JVM was last said to be quiet, by the monitor or with a call. */
    private volatile long reported = -1;

    ActivityReporter(Client client, ProgramThreads threads) {
        this.client = client;
        this.threads = threads;
    }

    /** From now on this JVM runs under a scheduler: report each time it is quiet. */
    void startQuietMonitor() {
        Thread monitor = new Thread(this::reportQuiet, "mpgrade-quiet");
        monitor.setDaemon(true);
        quietMonitor = monitor;
        monitor.start();
    }

    /** The process's work is over: no more QUIET; returns once the monitor has stopped. */
    void stopQuietMonitor() {
        stopped = true;
        Thread monitor = quietMonitor;
        if (monitor == null) {
            return;
        }
        LockSupport.unpark(monitor);
        boolean interrupted = false;
        while (monitor.isAlive()) {
            try {
                monitor.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isQuietMonitor(Thread thread) {
        return thread == quietMonitor;
    }

    /**
     * A call went out (or a thread began to wait in the library): its thread is parked now, so the
     * JVM may have become quiet. The monitor says so, never the calling thread: once QUIET is read
     * the coordinator may decide that another task interrupts this one, and an interrupt that came
     * while this thread was still writing QUIET would close the connection of the whole process.
     */
    void callSent() {
        LockSupport.unpark(quietMonitor);
    }

    /**
     * Whether the JVM is quiet once the calling thread's call is sent, said with the call itself:
     * when every other program thread is parked in the library, none of them can run before a
     * frame wakes it, and the call saves the monitor's hop and its QUIET frame (a step costs a
     * thread wake-up and a frame less). A frame that wakes one meanwhile is counted after
     * {@code seen}, so the coordinator takes the claim for what it is: out of date. The wake-ups
     * it is quiet after, or empty when another thread runs, starts, or waits outside the library
     * (the monitor judges those).
     */
    OptionalLong quietWithCallOf(Thread caller) {
        long seen = client.wakeups();
        if (!ProgramThreads.isProgramThread(caller) || activity(caller) != Activity.PARKED) {
            return OptionalLong.empty();
        }
        reported = seen; // the monitor need not say it again
        return OptionalLong.of(seen);
    }

    /**
     * Tells the coordinator each time every program thread of this JVM is parked after its latest
     * wake-up: that is when the coordinator may let the next task go. Threads that end make no
     * call, so the monitor also looks every millisecond.
     */
    private void reportQuiet() {
        while (!client.isBroken() && !stopped) {
            LockSupport.parkNanos(1_000_000); // a call wakes it at once; threads that end are seen within 1 ms
            report();
        }
    }

    /**
     * Sends QUIET if every program thread is parked since the latest wake-up, unless that was
     * said already. A thread waiting outside the library (Thread.join, a monitor) counts as parked
     * only if it stays so for a moment, since a thread that just ended may be about to wake it.
     */
    private void report() {
        long seen = client.wakeups();
        if (seen == reported) {
            return;
        }
        long handovers = client.handovers();
        Activity activity = activity(null);
        for (int check = 0; check < 3 && activity == Activity.WAITING_OUTSIDE; check++) {
            LockSupport.parkNanos(2_000_000); // a thread that just ended may be about to wake its joiner
            activity = activity(null) == Activity.BUSY ? Activity.BUSY : check == 2 ? Activity.PARKED
                    : Activity.WAITING_OUTSIDE;
        }
        // A wake-up while the threads were looked at, by a frame or by a thread of this JVM, may
        // have set one running that was seen parked: look again.
        if (activity == Activity.PARKED && client.wakeups() == seen && client.handovers() == handovers) {
            client.send(new FrameBuilder(Op.QUIET).putLong(seen).build());
            reported = seen;
        }
    }

    /** What the program threads do; {@code parkingNow}, if not null, is sending its call and counts as parked. */
    private Activity activity(Thread parkingNow) {
        if (client.threadOnItsWayToBegin()) {
            return Activity.BUSY;
        }
        boolean waitingOutside = false;
        for (ProgramThreads.Seen seen : threads.live()) {
            if (seen.thread() == parkingNow) {
                continue;
            }
            Call call = client.inFlight(seen.thread());
            if (call != null) {
                if (call.parked()) {
                    continue;
                }
                return Activity.BUSY;
            }
            if (seen.waitsOutsideLibrary()) {
                waitingOutside = true;
            } else {
                return Activity.BUSY; // running, sleeping, or blocked on a monitor this library holds
            }
        }
        return waitingOutside ? Activity.WAITING_OUTSIDE : Activity.PARKED;
    }

    /**
     * The answer to a probe: what every program thread of this JVM is doing, and whether all are
     * blocked — waiting in the library for another task, or waiting outside it (a monitor,
     * {@code Thread.join}) with no runnable thread left to wake them. A sleeping, running or
     * just-woken thread means not stuck.
     */
    FrameBuilder probeAnswer(long probeId) {
        record Described(Thread thread, boolean inLibrary, String state, String codeLine) {
        }
        List<Described> described = new ArrayList<>();
        boolean stuck = true;
        Map<Thread, StackTraceElement[]> stacks = null;
        for (ProgramThreads.Seen seen : threads.live()) {
            Thread thread = seen.thread();
            // Its call, then its state, then its call again: a thread woken by a reply meanwhile
            // would otherwise show the state it had while it waited for that reply.
            Call call = client.inFlight(thread);
            ProgramThreads.Seen now = seen.again();
            boolean moved = client.inFlight(thread) != call;
            boolean inLibrary = !moved && call != null && call.waitsForAnotherTask();
            boolean waitingElsewhere = !moved && call == null && now.waitsOutsideLibrary();
            if (stacks == null && !(inLibrary && call.site != null)) {
                stacks = Thread.getAllStackTraces(); // one pause of the JVM for all threads
            }
            String codeLine = inLibrary && call.site != null ? call.site
                    : Callers.firstProgramFrame(stacks.getOrDefault(thread, new StackTraceElement[0]));
            described.add(new Described(thread, inLibrary, now.state().name(), codeLine));
            stuck &= inLibrary || waitingElsewhere;
        }
        FrameBuilder answer = new FrameBuilder(Op.PROBE_REPLY).putLong(probeId).putBoolean(stuck)
                .putInt(described.size());
        for (Described d : described) {
            answer.putLong(d.thread().getId()).putString(d.thread().getName()).putBoolean(d.inLibrary())
                    .putString(d.state()).putString(d.codeLine());
        }
        return answer;
    }
}
