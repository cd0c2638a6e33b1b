package io.github.mpgrade.multiprocessing.internal.client;

/** A request of one thread, waiting for the coordinator's reply. */
final class Call {
    final Thread thread;
    /** Whether it may wait for another task (acquire, get, join); quick calls never do. */
    final boolean blocking;
    /** Set once the request is on the wire: only then is the thread parked at the library. */
    volatile boolean sent;
    /** In a controlled run, where the program made this blocking call: a deadlock report needs it. */
    String site;
    volatile Reply reply;

    Call(Thread thread, boolean blocking) {
        this.thread = thread;
        this.blocking = blocking;
    }

    /** Whether its thread is parked in the library now, waiting for the coordinator. */
    boolean parked() {
        return sent && reply == null;
    }

    /** Whether its thread waits in the library for what another task must do (a probe counts it blocked). */
    boolean waitsForAnotherTask() {
        return blocking && reply == null;
    }
}
