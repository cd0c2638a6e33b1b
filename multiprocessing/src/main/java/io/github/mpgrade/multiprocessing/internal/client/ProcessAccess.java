package io.github.mpgrade.multiprocessing.internal.client;

import io.github.mpgrade.multiprocessing.Process;

/**
 * Lets the child bootstrap reach into {@link Process} without making those members part of the
 * student-facing API. {@code Process} installs the bridge when its class initializes.
 */
public final class ProcessAccess {
    /** What the bootstrap needs from {@link Process}. */
    public interface Bridge {
        /** Makes {@code process} this JVM's {@link Process#current()}, as process number {@code processId}. */
        void bindCurrent(Process process, int processId);

        /** A new object for a program's root process, {@code MainProcess}. */
        Process mainProcess();

        /**
         * A process with this target as a started child's JVM unpacks it, knowing its parent: for
         * a pooled JVM to unpack one before its first process comes.
         */
        Process startedChild(Process.Target target);

        /** Whether a process this one started has not been seen to end (joined, closed or reaped). */
        boolean hasUnreapedChildren();

        /** Sets back what the API's statics know of this JVM's process, as a fresh JVM has them. */
        void forgetProcess();
    }

    private static volatile Bridge bridge;

    private ProcessAccess() {
    }

    public static void install(Bridge installed) {
        if (bridge != null) {
            throw new IllegalStateException("the process bridge is installed already");
        }
        bridge = installed;
    }

    static void bindCurrent(Process process, int processId) {
        bridge().bindCurrent(process, processId);
    }

    static Process mainProcess() {
        return bridge().mainProcess();
    }

    static Process startedChild(Process.Target target) {
        return bridge().startedChild(target);
    }

    static boolean hasUnreapedChildren() {
        return bridge().hasUnreapedChildren();
    }

    static void forgetProcess() {
        bridge().forgetProcess();
    }

    private static Bridge bridge() {
        if (bridge == null) {
            try {
                Class.forName(Process.class.getName(), true, Process.class.getClassLoader());
            } catch (ClassNotFoundException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return bridge;
    }
}
