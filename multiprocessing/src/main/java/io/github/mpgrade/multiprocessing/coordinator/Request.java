package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;

/**
 * What a thread asks the coordinator to do, as decoded and checked by {@link MessageDecoder}.
 * Objects are named by the ids the coordinator gave them; whether such an object exists is
 * checked where the request is carried out. A timeout is in ms: -1 waits for ever, 0 only tries.
 */
sealed interface Request {
    /** A lock or semaphore of this kind, with {@code value} of {@code max} permits free. */
    record CreateSem(ObjectKind kind, int value, int max, String site) implements Request {
    }

    record Acquire(int semId, long timeoutMillis) implements Request {
    }

    record Release(int semId) implements Request {
    }

    /** How many times the caller holds the lock now: a question, not a step of the program. */
    record OwnedDepth(int semId) implements Request {
    }

    /** {@code shown} is how the sender showed the value, for the log only: the bytes stay opaque. */
    record CreateValue(byte[] data, String shown, String site) implements Request {
    }

    record ValueGet(int valueId) implements Request {
    }

    record ValueSet(int valueId, byte[] data, String shown) implements Request {
    }

    /** A queue of this kind: a program's {@code Queue}, or the parts of a {@code Pipe} or a {@code Pool}. */
    record CreateQueue(ObjectKind kind, String site) implements Request {
    }

    record QueuePut(int queueId, byte[] data, String shown) implements Request {
    }

    record QueueGet(int queueId, long timeoutMillis) implements Request {
    }

    /** Start a child process that runs the serialized {@code Process} in {@code payload}. */
    record Start(String name, boolean daemon, byte[] payload) implements Request {
    }

    record Join(int processId, long timeoutMillis) implements Request {
    }

    /** Python's {@code terminate()} or {@code kill()} of a child process. */
    record SignalChild(int processId, Signal signal) implements Request {
    }

    /** The process's work is done: it may exit once its non-daemon children have. */
    record Finishing() implements Request {
    }

    /** In a controlled run: the process waits to begin its work until the scheduler lets it. */
    record Begin() implements Request {
    }

    /** In a controlled run: {@code Time.sleep} on the virtual clock. */
    record Sleep(long millis) implements Request {
    }

    /** How many permits a semaphore has free, or items a queue holds. */
    record Count(int objectId) implements Request {
    }

    /** With the agent: the thread {@code threadId} of the caller's JVM, called {@code name}, is to start. */
    record ThreadStart(long threadId, String name) implements Request {
    }

    /** With the agent: the started thread numbered {@code thread} has ended its {@code run()}. */
    record ThreadEnd(int thread) implements Request {
    }

    record ThreadJoin(int thread, long timeoutMillis) implements Request {
    }

    /**
     * With the agent: the monitor of one Java object.
     *
     * @param shown  how the program knows the object ({@code Fork@1}), when it is not the runtime's
     * @param ofSem  the lock or semaphore the object is, or 0 when it is none
     */
    record CreateMonitor(String shown, int ofSem, String site) implements Request {
    }

    /** With the agent: interrupt the thread {@code threadId} of the caller's JVM. */
    record Interrupt(long threadId) implements Request {
    }

    /** With the agent: a scheduling point that changes nothing. */
    record Yield() implements Request {
    }

    /** Free runs: where the fast path's shared memory is, and which event ring is the caller's process's. */
    record SharedAttach() implements Request {
    }

    /** Free runs: the caller counted itself a waiter in the semaphore's word; it waits in line. */
    record SharedAcquire(int semId, long timeoutMillis) implements Request {
    }

    /** Free runs: {@code sem}, with its permits in shared memory if the coordinator has room for it there. */
    record CreateSharedSem(CreateSem sem) implements Request {
    }

    /** Free runs: the caller's event ring is full. */
    record SharedDrain() implements Request {
    }

    /** Free runs: {@code value}, with its content in a cell of shared memory if the coordinator has room for it there. */
    record CreateSharedValue(CreateValue value, CellContent content, long bits) implements Request {
    }

    /**
     * Free runs: a set of a value that does not fit the Value's cell, whose stamp the caller holds;
     * the cell's events up to {@code version} come before it.
     */
    record SharedValueMove(int valueId, int version, byte[] data, String shown) implements Request {
    }
}
