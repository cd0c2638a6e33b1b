package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import io.github.mpgrade.multiprocessing.internal.wire.Status;

/**
 * Carries out what the processes send. One-way news changes the state at once; a call becomes a
 * {@link PendingOperation} that runs at once in a free run, or waits for the scheduler's turn in
 * a controlled one. A call that names an object that does not exist breaks the protocol.
 */
final class RequestHandler {
    private final SyncState state;
    private final CurrentProgram program;
    private final JvmPool pool;
    private final DeadlockWatch watch;
    private final int maxProcesses;

    RequestHandler(SyncState state, CurrentProgram program, JvmPool pool, DeadlockWatch watch, int maxProcesses) {
        this.state = state;
        this.program = program;
        this.pool = pool;
        this.watch = watch;
        this.maxProcesses = maxProcesses;
    }

    /** Handles one message of a session whose process is known (a probe's answer may come before). */
    void handle(Session session, Message message) throws ProtocolException {
        carryOut(session, message);
        synchronized (state) {
            session.framesHandled++;
            if (state.shared.awaitsFrames()) {
                state.notifyAll(); // a drain waits for this frame
            }
        }
    }

    private void carryOut(Session session, Message message) throws ProtocolException {
        if (fromAbandoned(session, message)) {
            return; // its run has its verdict: nothing more of it is logged, and its calls answer themselves
        }
        if (message instanceof Message.ProbeAnswer answer) {
            watch.probeReply(session, answer);
            return;
        }
        ProcessRecord process = session.process;
        if (message instanceof Message.ThreadNamed named) {
            synchronized (state) {
                state.touch();
                state.names.nameThread(new TaskKey(process.id, named.threadId()), named.name());
            }
        } else if (message instanceof Message.Printed printed) {
            synchronized (state) {
                state.touch();
                state.shared.drainFor(new TaskKey(process.id, printed.threadId())); // what it did before, first
                state.output.line(process, new TaskKey(process.id, printed.threadId()), printed.stderr(),
                        printed.line(), printed.site());
            }
        } else if (message instanceof Message.Uncaught uncaught) {
            synchronized (state) {
                state.touch();
                state.shared.drainFor(new TaskKey(process.id, uncaught.threadId()));
                state.recorder.record(new TaskKey(process.id, uncaught.threadId()), (task, seq, nanos) ->
                        new TraceEvent.UncaughtException(seq, nanos, task, uncaught.exception(), uncaught.site()));
            }
        } else if (message instanceof Message.FieldAccessed access) {
            synchronized (state) {
                state.touch();
                state.recorder.record(new TaskKey(process.id, access.threadId()), (task, seq, nanos) ->
                        new TraceEvent.FieldAccess(seq, nanos, task, access.field(), access.write(),
                                access.isVolatile(), access.site()));
            }
        } else if (message instanceof Message.SharedReleased released) {
            synchronized (state) {
                state.touch();
                state.objects.sharedHandOff(sharedSem(released.semId()));
            }
        } else if (message instanceof Message.Quiet quiet) {
            synchronized (state) {
                session.quietAfter = quiet.afterWakeups();
            }
        } else if (message instanceof Message.ProcessDone done) {
            pool.processDone(session, done.exitCode());
        } else if (message instanceof Message.Exiting exiting) {
            synchronized (state) {
                state.processes.exiting(process, exiting.exitCode());
            }
        } else if (message instanceof Message.Ready) {
            pool.ready(session);
        } else {
            call(session, process, (Message.Call) message);
        }
    }

    /** Whether the message is one an abandoned process sends while it unwinds; its end and its JVM's return are read. */
    private boolean fromAbandoned(Session session, Message message) {
        if (message instanceof Message.ProcessDone || message instanceof Message.Ready
                || message instanceof Message.ProbeAnswer) {
            return false;
        }
        synchronized (state) {
            return session.process != null && session.process.abandoned;
        }
    }

    private void call(Session session, ProcessRecord process, Message.Call call) throws ProtocolException {
        TaskKey who = new TaskKey(process.id, call.threadId());
        if (call.request() instanceof Request.OwnedDepth depth) {
            synchronized (state) {
                state.shared.drainFor(who); // the holders are known from the drained events
                state.objects.ownedDepth(session, call.requestId(), who, sem(depth.semId())); // a question, not a step
            }
            return;
        }
        if (call.request() instanceof Request.SharedAttach || call.request() instanceof Request.SharedDrain) {
            synchronized (state) { // the runtime's own questions, not steps of the program
                state.shared.answer(session, call.requestId(), process, call.request() instanceof Request.SharedDrain);
            }
            return;
        }
        PendingOperation operation;
        synchronized (state) {
            state.shared.drainFor(who); // a call comes after what the task did on the fast path
            operation = operation(session, call.requestId(), who, process, call.request());
            Controller controller = program.controller();
            if (controller != null || operation.operation != Choice.Operation.START) {
                state.touch();
                if (controller != null) {
                    controller.submit(operation);
                    // Only now, with the call pending: a decision made while the JVM is quiet must see it.
                    call.quietAfter().ifPresent(wakeups -> session.quietAfter = wakeups);
                } else {
                    operation.run();
                }
                return;
            }
        }
        operation.run(); // a free run's start(): launching a JVM takes milliseconds, not under the lock
    }

    /** The call as an operation to run now or when scheduled; its objects are looked up now. */
    private PendingOperation operation(Session s, long id, TaskKey who, ProcessRecord process, Request request)
            throws ProtocolException {
        if (request instanceof Request.CreateSem r) {
            return quick(s, id, who, Choice.Operation.CREATE, null,
                    () -> state.objects.createSem(s, id, who, r.kind(), r.value(), r.max(), r.site(), false));
        } else if (request instanceof Request.CreateSharedSem shared) {
            Request.CreateSem r = shared.sem();
            return quick(s, id, who, Choice.Operation.CREATE, null,
                    () -> state.objects.createSem(s, id, who, r.kind(), r.value(), r.max(), r.site(), true));
        } else if (request instanceof Request.Acquire r) {
            SemCore sem = sem(r.semId());
            if (sem.word() != null) {
                throw new ProtocolException(sem.name() + " lives in shared memory: an acquire takes its permit there");
            }
            return new PendingOperation(s, id, who, Choice.Operation.ACQUIRE, sem, r.timeoutMillis(),
                    timeout -> state.objects.acquire(s, id, who, sem, timeout,
                            Patience.ofWireMillis(r.timeoutMillis())));
        } else if (request instanceof Request.Release r) {
            SemCore sem = sem(r.semId());
            return quick(s, id, who, Choice.Operation.RELEASE, sem, () -> state.objects.release(s, id, who, sem));
        } else if (request instanceof Request.SharedAcquire r) {
            SemCore sem = sharedSem(r.semId());
            return new PendingOperation(s, id, who, Choice.Operation.ACQUIRE, sem, r.timeoutMillis(),
                    timeout -> state.objects.sharedAcquire(s, id, who, sem, timeout));
        } else if (request instanceof Request.CreateValue r) {
            return quick(s, id, who, Choice.Operation.CREATE, null,
                    () -> state.objects.createValue(s, id, who, r.data(), r.shown(), r.site(), null, 0));
        } else if (request instanceof Request.CreateSharedValue shared) {
            Request.CreateValue r = shared.value();
            return quick(s, id, who, Choice.Operation.CREATE, null, () -> state.objects.createValue(s, id, who,
                    r.data(), r.shown(), r.site(), shared.content(), shared.bits()));
        } else if (request instanceof Request.ValueGet r) {
            ValueCell cell = valueHere(r.valueId());
            return quick(s, id, who, Choice.Operation.VALUE_GET, cell, () -> state.objects.valueGet(s, id, who, cell));
        } else if (request instanceof Request.ValueSet r) {
            ValueCell cell = valueHere(r.valueId());
            return quick(s, id, who, Choice.Operation.VALUE_SET, cell,
                    () -> state.objects.valueSet(s, id, who, cell, r.data(), r.shown()));
        } else if (request instanceof Request.SharedValueMove r) {
            ValueCell cell = value(r.valueId());
            if (!cell.inSharedMemory()) {
                throw new ProtocolException(cell.name() + " has no content in shared memory to move");
            }
            return quick(s, id, who, Choice.Operation.VALUE_SET, cell, () -> {
                state.shared.drainValueThrough(cell.id, r.version());
                state.objects.valueMoved(s, id, who, cell, r.data(), r.shown());
            });
        } else if (request instanceof Request.CreateQueue r) {
            return quick(s, id, who, Choice.Operation.CREATE, null,
                    () -> state.objects.createQueue(s, id, who, r.kind(), r.site()));
        } else if (request instanceof Request.QueuePut r) {
            QueueCell queue = queue(r.queueId());
            return quick(s, id, who, Choice.Operation.QUEUE_PUT, queue,
                    () -> state.objects.queuePut(s, id, who, queue, r.data(), r.shown()));
        } else if (request instanceof Request.QueueGet r) {
            QueueCell queue = queue(r.queueId());
            return new PendingOperation(s, id, who, Choice.Operation.QUEUE_GET, queue, r.timeoutMillis(),
                    timeout -> state.objects.queueGet(s, id, who, queue, timeout));
        } else if (request instanceof Request.Count r) {
            OperationTarget counted = countable(r.objectId());
            return quick(s, id, who, Choice.Operation.COUNT, counted, () -> state.objects.count(s, id, counted));
        } else if (request instanceof Request.Start r) {
            return quick(s, id, who, Choice.Operation.START, null, () -> start(s, id, who, process, r));
        } else if (request instanceof Request.Join r) {
            ProcessRecord child = child(process, r.processId());
            return new PendingOperation(s, id, who, Choice.Operation.JOIN, child, r.timeoutMillis(),
                    timeout -> state.processes.join(s, id, who, child, timeout));
        } else if (request instanceof Request.SignalChild r) {
            ProcessRecord child = child(process, r.processId());
            return quick(s, id, who, Choice.Operation.SIGNAL, child, () -> {
                state.processes.signal(child, r.signal());
                state.outbox.ok(s, id, 0);
            });
        } else if (request instanceof Request.Finishing) {
            return new PendingOperation(s, id, who, Choice.Operation.FINISHING, process, -1,
                    timeout -> state.processes.finishing(s, id, who, process));
        } else if (request instanceof Request.ThreadStart r) {
            TaskKey thread = new TaskKey(process.id, r.threadId());
            return quick(s, id, who, Choice.Operation.THREAD_START, null, () -> startThread(s, id, who, thread, r.name()));
        } else if (request instanceof Request.ThreadEnd r) {
            ThreadRecord thread = thread(process, r.thread());
            return quick(s, id, who, Choice.Operation.THREAD_END, thread, () -> state.threads.end(s, id, thread));
        } else if (request instanceof Request.ThreadJoin r) {
            ThreadRecord thread = thread(process, r.thread());
            return new PendingOperation(s, id, who, Choice.Operation.THREAD_JOIN, thread, r.timeoutMillis(),
                    timeout -> state.threads.join(s, id, who, thread, timeout));
        } else if (request instanceof Request.CreateMonitor r) {
            SemCore ofSem = r.ofSem() == 0 ? null : sem(r.ofSem());
            return quick(s, id, who, Choice.Operation.CREATE, null,
                    () -> state.objects.createMonitor(s, id, who, ofSem, r.shown(), r.site()));
        } else if (request instanceof Request.Interrupt r) {
            TaskKey thread = new TaskKey(process.id, r.threadId());
            return quick(s, id, who, Choice.Operation.INTERRUPT, null, () -> {
                interrupt(thread);
                state.outbox.ok(s, id, 0);
            });
        } else if (request instanceof Request.Yield) {
            return quick(s, id, who, Choice.Operation.YIELD, null, () -> state.outbox.ok(s, id, 0));
        } else if (request instanceof Request.Begin) {
            return quick(s, id, who, Choice.Operation.BEGIN, process, () -> state.outbox.ok(s, id, 0));
        } else {
            Request.Sleep r = (Request.Sleep) request;
            return new PendingOperation(s, id, who, Choice.Operation.SLEEP, null, r.millis(),
                    timeout -> state.outbox.ok(s, id, 0));
        }
    }

    /** An operation that never waits for another task. */
    private static PendingOperation quick(Session session, long requestId, TaskKey who, Choice.Operation kind,
                                          OperationTarget target, Runnable action) {
        return new PendingOperation(session, requestId, who, kind, target, 0, timeout -> action.run());
    }

    /** Creates the process and gives it a JVM; {@code start()} is answered once the JVM has its work. */
    private void start(Session session, long requestId, TaskKey who, ProcessRecord parent, Request.Start request) {
        ProcessRecord child;
        synchronized (state) {
            String full = taskLimitReached();
            child = state.processes.newProcess(request.name(), parent.id, request.daemon(),
                    ProcessRecord.Work.process(request.payload()));
            child.starter = new Waiter(Waiter.Kind.JOIN, session, requestId, who, child);
            if (full != null) {
                state.processes.launchFailed(child, "cannot start " + child.name + ": " + full);
                return;
            }
        }
        pool.provideJvm(child);
    }

    /**
     * Ends the thread's sleep, join or wait, if it is in one: in a controlled run the scheduler
     * still decides when it goes on, now with an InterruptedException; in a free run at once.
     */
    private void interrupt(TaskKey thread) {
        Controller controller = program.controller();
        if (controller != null) {
            controller.interrupt(thread);
            return;
        }
        for (Waiter w : state.waits.all()) {
            if (w.task.equals(thread) && Interrupts.ends(w.kind, w.target)) {
                state.waits.remove(w);
                state.objects.waitAbandoned(w);
                state.outbox.reply(w.session, w.requestId, Status.INTERRUPTED, 0, 0, null, null);
            }
        }
    }

    /** Starts a thread unless the program has as many live tasks as allowed; then says so in the log too. */
    private void startThread(Session s, long requestId, TaskKey who, TaskKey thread, String name) {
        String full = taskLimitReached();
        if (full == null) {
            state.threads.start(s, requestId, who, thread, name);
            return;
        }
        String refusal = "cannot start thread " + name + ": " + full;
        state.recorder.record(who, (task, seq, nanos) -> new TraceEvent.ErrorOutput(seq, nanos, task, refusal));
        state.outbox.illegal(s, requestId, refusal);
    }

    /**
     * Why no task may start now (processes and started threads count alike), or null: a loop that
     * starts tasks without end is stopped by this limit, with a sentence, not by the clock.
     */
    private String taskLimitReached() {
        long processes = state.processes.liveCount();
        long threads = state.threads.liveCount(id -> state.processes.get(id).isLive());
        if (processes + threads < maxProcesses) {
            return null;
        }
        String running = threads == 0 ? processes + " processes of this program are"
                : (processes + threads) + " tasks of this program (" + processes + " processes, " + threads
                  + " threads) are";
        return running + " already running, the most allowed (mpgrade.maxProcesses). Does a loop start"
                + (threads == 0 ? " processes" : " tasks") + " without end, or start them without joining the ones"
                + " that finished?";
    }

    private SemCore sem(int id) throws ProtocolException {
        SemCore sem = state.objects.sem(id);
        if (sem == null) {
            throw new ProtocolException("no lock or semaphore " + id);
        }
        return sem;
    }

    /** A lock or semaphore whose permits live in shared memory. */
    private SemCore sharedSem(int id) throws ProtocolException {
        SemCore sem = sem(id);
        if (sem.word() == null) {
            throw new ProtocolException(sem.name() + " does not live in shared memory");
        }
        return sem;
    }

    private ValueCell value(int id) throws ProtocolException {
        ValueCell cell = state.objects.value(id);
        if (cell == null) {
            throw new ProtocolException("no value " + id);
        }
        return cell;
    }

    /** A Value whose content the coordinator holds: one whose cell holds it is got and set in shared memory. */
    private ValueCell valueHere(int id) throws ProtocolException {
        ValueCell cell = value(id);
        if (cell.inSharedMemory()) {
            throw new ProtocolException(cell.name() + " lives in shared memory: its gets and sets happen there");
        }
        return cell;
    }

    /** A semaphore or a queue: what {@code Request.Count} may ask about. */
    private OperationTarget countable(int id) throws ProtocolException {
        SemCore sem = state.objects.sem(id);
        return sem != null ? sem : queue(id);
    }

    private QueueCell queue(int id) throws ProtocolException {
        QueueCell queue = state.objects.queue(id);
        if (queue == null) {
            throw new ProtocolException("no queue " + id);
        }
        return queue;
    }

    private ThreadRecord thread(ProcessRecord requester, int id) throws ProtocolException {
        ThreadRecord thread = state.threads.get(id);
        if (thread == null || thread.task.processId() != requester.id) {
            throw new ProtocolException("no thread " + id + " of this process");
        }
        return thread;
    }

    private ProcessRecord child(ProcessRecord requester, int id) throws ProtocolException {
        ProcessRecord p = state.processes.get(id);
        if (p == null || p.parentId < 0 || p == requester) {
            throw new ProtocolException("no child process " + id);
        }
        return p;
    }
}
