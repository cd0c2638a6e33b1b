package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/** What the coordinator knows of one process of the program. Guarded by the state lock. */
final class ProcessRecord implements OperationTarget {
    enum Phase { LAUNCHING, RUNNING, EXITED, FAILED }

    final int id;
    final String name;
    /** -1 for the program's root. */
    final int parentId;
    final boolean daemon;
    /** What the process runs: a serialized {@code Process}, or a main class with arguments. */
    final Work work;
    Phase phase = Phase.LAUNCHING;
    ChildJvm jvm;
    Session session;
    long pid;
    /** The request of {@code start()}, answered once the process has its work. */
    Waiter starter;
    Waiter finisher;
    boolean osExited;
    /**
     * In a free run, the exit code the process said it ends with just before its JVM exits
     * ({@code EXITING}); null while it has not. Its JVM takes ~13 ms more to be gone, running
     * none of the program's code: a {@code join()} need not wait for that.
     */
    Integer exitingCode;
    boolean sessionEnded;
    int rawExitCode;
    /** What it was told to end by, if it was: its exit code is then reported as -signal. */
    Signal signal;
    /**
     * Ended at its run's verdict without a kill ({@link JvmPool#abandon}): it is logged as killed,
     * and nothing more it sends is read.
     */
    boolean abandoned;
    Integer exitCode;
    /** Why it could not be started, if it could not. */
    String startFailure;
    /** Whether this process's output is echoed to the coordinator's console. */
    boolean echo = true;
    long outputChars;
    boolean outputCut;

    /** The work handed to a child JVM. */
    record Work(byte[] processBytes, String mainClass, List<String> args) {
        static Work process(byte[] bytes) {
            return new Work(bytes, null, List.of());
        }

        static Work main(String mainClass, List<String> args) {
            return new Work(null, mainClass, List.copyOf(args));
        }
    }

    ProcessRecord(int id, String name, int parentId, boolean daemon, Work work) {
        this.id = id;
        this.name = name;
        this.parentId = parentId;
        this.daemon = daemon;
        this.work = work;
    }

    @Override
    public String name() {
        return name;
    }

    boolean isLive() {
        return phase == Phase.LAUNCHING || phase == Phase.RUNNING;
    }

    @Override
    public String toString() {
        return name;
    }
}
