package io.github.mpgrade.multiprocessing.coordinator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The reused JVMs on their way back to the pool (dismissed, their READY not come yet), and the
 * processes that wait for one of them rather than for a JVM launched for them. A JVM comes back
 * within milliseconds; a launch takes a hundred times longer. Guarded by the state lock.
 */
final class ReturningJvms {
    private final ProcessTable processes;
    private final List<ChildJvm> returning = new ArrayList<>();
    /** First come, first served. */
    private final ArrayDeque<ProcessRecord> awaiting = new ArrayDeque<>();

    ReturningJvms(ProcessTable processes) {
        this.processes = processes;
    }

    /** The JVM's process ended cleanly: it was dismissed, and comes back once its fresh class loader is set up. */
    void dismissed(ChildJvm jvm) {
        returning.add(jvm);
    }

    /** Whether the process may wait for a returning JVM: one is coming that may run it and no other waits for it. */
    boolean await(ProcessRecord p) {
        if (forThisProgram() <= awaiting.size()) {
            return false;
        }
        awaiting.add(p);
        return true;
    }

    /** How many returning JVMs may run a process of this program and no process waits for yet. */
    long unclaimed() {
        return Math.max(0, forThisProgram() - awaiting.size());
    }

    /**
     * The JVM is back: the first waiting process it may run, which it runs now, or null; a process
     * that no longer waits (its program ended meanwhile) is dropped.
     */
    ProcessRecord back(ChildJvm jvm) {
        returning.remove(jvm);
        for (Iterator<ProcessRecord> it = awaiting.iterator(); it.hasNext(); ) {
            ProcessRecord p = it.next();
            if (!stillWaits(p)) {
                it.remove();
            } else if (jvm.program != processes.program()) {
                it.remove();
                return p;
            }
        }
        return null;
    }

    /** The JVM ended on its way back: a waiting process that no returning JVM can serve now, or null. */
    ProcessRecord lost(ChildJvm jvm) {
        if (!returning.remove(jvm) || awaiting.size() <= forThisProgram()) {
            return null;
        }
        return awaiting.pollLast();
    }

    /** The process has waited long enough: whether it still needs a JVM, which must now be launched for it. */
    boolean giveUp(ProcessRecord p) {
        return awaiting.remove(p) && stillWaits(p);
    }

    /** Whether the process still waits for its JVM: its program has not ended meanwhile. */
    private boolean stillWaits(ProcessRecord p) {
        return p.phase == ProcessRecord.Phase.LAUNCHING && processes.all().contains(p);
    }

    /** A reused JVM runs at most one process of each program. */
    private long forThisProgram() {
        return returning.stream().filter(jvm -> jvm.program != processes.program()).count();
    }
}
