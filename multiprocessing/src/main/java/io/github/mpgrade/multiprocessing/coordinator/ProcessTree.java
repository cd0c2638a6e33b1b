package io.github.mpgrade.multiprocessing.coordinator;

/** Ends an operating-system process and every process it started, without waiting for them. */
final class ProcessTree {
    private ProcessTree() {
    }

    /**
     * Signals the descendants first, so none is left running once its parent is gone: an
     * orphan would be re-parented and outlive the program.
     */
    static void signal(java.lang.Process root, Signal signal) {
        if (signal == Signal.KILL) {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
        } else {
            root.descendants().forEach(ProcessHandle::destroy);
            root.destroy();
        }
    }
}
