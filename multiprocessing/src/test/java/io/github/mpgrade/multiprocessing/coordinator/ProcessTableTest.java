package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The process table alone, with JVMs that are never launched (a signal only marks the process):
 * Python's exit codes, Python's rule for a parent's exit, and joins.
 */
class ProcessTableTest {
    private final SyncState state = new SyncState(null, Console.silent(), () -> { });
    private final ProcessTable table = state.processes;

    /** A process that runs in a JVM of its own, with its connection. */
    private ProcessRecord running(String name, int parentId, boolean daemon) {
        ProcessRecord p = table.newProcess(name, parentId, daemon, ProcessRecord.Work.process(new byte[0]));
        ChildJvm jvm = new ChildJvm(name, p);
        jvm.session = new Session(null);
        table.running(p, jvm);
        return p;
    }

    private void exits(ProcessRecord p, int status) {
        table.osExited(p, status);
        table.sessionEnded(p);
    }

    private List<Integer> loggedExitCodes() {
        return state.log().events(TraceEvent.ProcessExit.class).stream().map(TraceEvent.ProcessExit::exitCode).toList();
    }

    @Test
    void exitCodesArePythons_negativeForTheSignalThatEndedTheProcess() {
        synchronized (state) {
            ProcessRecord root = running("MainProcess", -1, false);
            ProcessRecord normal = running("Process-1", root.id, false);
            ProcessRecord failed = running("Process-2", root.id, false);
            ProcessRecord terminated = running("Process-3", root.id, false);
            ProcessRecord killedAfterAll = running("Process-4", root.id, false);
            table.signal(terminated, Signal.TERMINATE);
            table.signal(killedAfterAll, Signal.TERMINATE);
            exits(normal, 0);
            exits(failed, 1);
            exits(terminated, Signal.TERMINATE.exitStatus());
            exits(killedAfterAll, Signal.KILL.exitStatus());
            assertEquals(List.of(0, 1, -15, -9), loggedExitCodes());
            assertEquals(-15, terminated.exitCode);
        }
    }

    @Test
    void aFinishingParentWaitsForItsChildren_thenTerminatesItsDaemonsAndWaitsForThemToo() {
        synchronized (state) {
            ProcessRecord root = running("MainProcess", -1, false);
            ProcessRecord worker = running("Process-1", root.id, false);
            ProcessRecord daemon = running("Process-2", root.id, true);
            Session rootSession = root.session;

            table.finishing(rootSession, 1, TaskKey.processOf(root.id), root);
            assertEquals(0, rootSession.wakeups, "the root may not exit while its worker runs");
            assertNull(daemon.signal);

            exits(worker, 0);
            assertEquals(Signal.TERMINATE, daemon.signal, "the daemon is terminated once the worker is done");
            assertEquals(0, rootSession.wakeups, "and waited for");

            exits(daemon, Signal.TERMINATE.exitStatus());
            assertEquals(1, rootSession.wakeups, "now the root may exit");
            assertEquals(List.of(0, -15), loggedExitCodes());
        }
    }

    @Test
    void aJoinWaitsForTheEndAndThenSaysTheExitCode() {
        synchronized (state) {
            ProcessRecord root = running("MainProcess", -1, false);
            ProcessRecord child = running("Process-1", root.id, false);
            TaskKey main = new TaskKey(root.id, 1);

            table.join(root.session, 1, main, child, 0);
            assertEquals(1, root.session.wakeups, "a join that only tries is answered at once");
            table.join(root.session, 2, main, child, -1);
            assertEquals(1, root.session.wakeups, "a join for ever waits");

            exits(child, 3);
            assertEquals(2, root.session.wakeups);
            table.join(root.session, 3, main, child, -1);
            assertEquals(3, root.session.wakeups, "a join of an ended process is answered at once");
            assertEquals(List.of(3, 3), state.log().events(TraceEvent.Join.class).stream()
                    .map(TraceEvent.Join::exitCode).toList());
        }
    }
}
