package io.github.mpgrade.multiprocessing.internal.client;

/**
 * Thrown from every call of the library once the coordinator has abandoned this process: a
 * controlled run reached its verdict while every thread of the process was waiting in the library,
 * and its threads unwind so that its JVM can serve another run, instead of being killed. The
 * coordinator logs the process as killed, and reads nothing more from it.
 */
final class ProcessAbandoned extends Error {
    ProcessAbandoned() {
        super("this process was ended by the coordinator: its run has reached its verdict", null, false, false);
    }
}
