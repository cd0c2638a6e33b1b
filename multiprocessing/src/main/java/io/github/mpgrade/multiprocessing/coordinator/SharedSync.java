package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import io.github.mpgrade.multiprocessing.internal.shm.EventRing;
import io.github.mpgrade.multiprocessing.internal.shm.RingEvent;
import io.github.mpgrade.multiprocessing.internal.shm.SemWord;
import io.github.mpgrade.multiprocessing.internal.shm.SharedCell;
import io.github.mpgrade.multiprocessing.internal.shm.SharedSegment;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The shared memory of a free run (the fast path): its {@link SharedSegment}'s life, which process
 * writes which {@link EventRing} (and sets cells with its number), and the draining of the rings
 * into the event log, so the log holds every call as if it had gone through the coordinator.
 * Controlled runs have no segment: every call of theirs goes through the coordinator.
 *
 * <p>Order: the records of one task are logged in the order it wrote them, after the frames its
 * process sent before each (a printed line, a call), and the versioned
 * records of one object in the order of their versions, which is the order in which their
 * compare-and-sets happened. A record waits in its task's queue until the object's earlier
 * versions are logged (another process may be between its compare-and-set and its append). A
 * version that never comes (a process killed between the two) is given up after
 * {@link #GAP_PATIENCE_NANOS}, when a task's own order or a process's end needs its records.
 * Guarded by the state lock.
 */
final class SharedSync {
    /** Room for this many locks, semaphores and Values of one program (ids above it go through the coordinator). */
    static final int WORDS = 1 << 14;
    /**
     * Records all rings may hold together, and the queues here before a full ring's drain logs
     * them: every record not yet logged is in a ring or a queue, and versions count modulo
     * {@link SemWord#VERSIONS}, so far fewer than half of that may be in flight for one object.
     * A full ring costs its process a round trip.
     */
    private static final int RECORDS_IN_ALL_RINGS = 1 << 18;
    private static final long GAP_PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final SyncState state;
    private int rings;
    private Path folder;
    private int segmentsMade;
    private SharedSegment segment;
    private Path file;
    /** Which ring each attached process writes, by process id. */
    private final Map<Integer, Integer> ringOf = new HashMap<>();
    private final ArrayDeque<Integer> freeRings = new ArrayDeque<>();
    /** Drained records not logged yet, per task. */
    private final Map<TaskKey, TaskRecords> pending = new LinkedHashMap<>();
    /** The queue the last drained record went to: a ring holds runs of one thread's records. */
    private TaskRecords lastQueue;
    private int pendingRecords;
    /**
     * The next version to log of each object with a word or a cell, by id; {@link #NO_VERSIONS}
     * for the others. An array, not a map: every drained record reads it and most write it.
     */
    private final int[] nextVersion = new int[WORDS];
    /** The ids of the Values with a cell: a process that dies setting one leaves its number in the stamp. */
    private final List<Integer> cellIds = new ArrayList<>();

    private static final int NO_VERSIONS = -1;
    /** How many threads wait in {@link #awaitOtherFrames} now: only they want to hear of each frame carried out. */
    private int awaitingFrames;

    SharedSync(SyncState state) {
        this.state = state;
        Arrays.fill(nextVersion, NO_VERSIONS);
    }

    /** One task's drained records not logged yet, oldest first, and its process (null if unknown). */
    private static final class TaskRecords {
        final TaskKey task;
        final ProcessRecord process;
        final ArrayDeque<EventRing.Entry> queue = new ArrayDeque<>();

        TaskRecords(TaskKey task, ProcessRecord process) {
            this.task = task;
            this.process = process;
        }
    }

    /**
     * Where segments are made; until this is called (a coordinator's parts under test) there is
     * no fast path.
     *
     * @param rings how many processes may be attached at once: more than a program may have alive
     */
    void useFolder(Path folder, int rings) {
        this.folder = folder;
        this.rings = rings;
    }

    /**
     * Answers a process: where the shared memory is (the file in the reply's message, its ring in
     * the number; a timeout: none, every call goes through the coordinator), or, when its ring is
     * full ({@code drain}), once the ring is drained.
     */
    void answer(Session session, long requestId, ProcessRecord process, boolean drain) {
        // movement, for the deadlock watch: a probe that saw the asking thread parked before this
        // answer and found no call in flight after it would call that thread stuck outside the library
        state.touch();
        if (drain) {
            takeRecords(); // logged by the next drain, so the process need not wait for that; unless too many wait
            if (pendingRecords > RECORDS_IN_ALL_RINGS) {
                logReady(false);
            }
            state.outbox.ok(session, requestId, 0);
            return;
        }
        Attachment attached = attach(process);
        if (attached == null) {
            state.outbox.timeout(session, requestId);
        } else {
            state.outbox.reply(session, requestId, Status.OK, attached.ring(), 0, null, attached.file());
        }
    }

    /**
     * Gives a process of a free run its ring, making the program's segment first if needed.
     *
     * @return the segment's file and the ring's index, or null: no fast path (a controlled run,
     *         no folder, or the file could not be made), so the process calls the coordinator
     */
    private Attachment attach(ProcessRecord process) {
        if (segment() == null) {
            return null;
        }
        Integer ring = ringOf.get(process.id);
        if (ring == null) {
            ring = freeRings.poll();
            if (ring == null) {
                return null;
            }
            segment.ring(ring).reset();
            ringOf.put(process.id, ring);
        }
        return new Attachment(file.toString(), ring);
    }

    /** The current free program's segment, made at its first need; null in a controlled run or without one. */
    private SharedSegment segment() {
        if (segment != null || state.processes.controlled || folder == null) {
            return segment;
        }
        try {
            file = folder.resolve("shm-" + ++segmentsMade);
            int capacity = Math.max(64, Math.min(8192, RECORDS_IN_ALL_RINGS / rings));
            segment = SharedSegment.create(file, WORDS, rings, capacity);
        } catch (IOException e) {
            state.protocolViolation(null, "no shared memory for the fast path (" + e.getMessage()
                    + "): every call goes through the coordinator");
            folder = null;
            return null;
        }
        freeRings.clear();
        for (int i = 0; i < rings; i++) {
            freeRings.add(i);
        }
        return segment;
    }

    /** Where a process finds the shared memory, and which ring is its own. */
    private record Attachment(String file, int ring) {
    }

    /** The word of a new lock or semaphore, set to its permits; null if it lives in the coordinator only. */
    SemWord newWord(int id, ObjectKind kind, int permits) {
        if (segment() == null || !segment.hasWord(id)) {
            return null;
        }
        SemWord word = segment.word(id);
        word.init(permits);
        nextVersion[id] = 1;
        return word;
    }

    /** The cell of a new Value, set to its content; null if it lives in the coordinator only. */
    SharedCell newCell(int id, CellContent content, long bits) {
        if (segment() == null || !segment.hasWord(id)) {
            return null;
        }
        SharedCell cell = segment.cell(id);
        cell.init(content, bits);
        nextVersion[id] = 1;
        cellIds.add(id);
        return cell;
    }

    /**
     * Logs every get and set of the Value's cell up to {@code version} (a set that does not fit
     * comes after them), waiting a little for one another process is writing now.
     */
    void drainValueThrough(int id, int version) {
        drain();
        long deadline = System.nanoTime() + GAP_PATIENCE_NANOS;
        while (!loggedThrough(id, version) && System.nanoTime() < deadline) {
            awaitOtherFrames();
            drain();
        }
        nextVersion[id] = (version + 1) & (SemWord.VERSIONS - 1); // one that comes later still goes at once
    }

    private boolean loggedThrough(int id, int version) {
        int behind = (version + 1 - nextVersion[id]) & (SemWord.VERSIONS - 1);
        return behind == 0 || behind > SemWord.VERSIONS / 2;
    }

    /**
     * Logs what the rings hold, as far as the order allows.
     *
     * @return how many records the rings held
     */
    int drain() {
        int taken = takeRecords();
        logReady(false);
        return taken;
    }

    /** Moves what the rings hold to the tasks' queues here, emptying the rings. @return how many */
    private int takeRecords() {
        if (segment == null) {
            return 0;
        }
        int drained = 0;
        for (Map.Entry<Integer, Integer> attached : ringOf.entrySet()) {
            int processId = attached.getKey();
            try {
                drained += segment.ring(attached.getValue()).drain(entry -> queueOf(processId, entry.threadId())
                        .queue.add(entry));
            } catch (IllegalStateException broken) {
                state.protocolViolation(state.processes.get(processId), broken.getMessage());
                segment.ring(attached.getValue()).reset();
            }
        }
        pendingRecords += drained;
        if (drained > 0) {
            state.touch(); // the program moved: no deadlock verdict while a task goes on in shared memory alone
        }
        return drained;
    }

    private TaskRecords queueOf(int processId, long threadId) {
        TaskRecords last = lastQueue;
        if (last != null && last.task.processId() == processId && last.task.threadId() == threadId
                && pending.get(last.task) == last) {
            return last;
        }
        TaskKey task = new TaskKey(processId, threadId);
        lastQueue = pending.computeIfAbsent(task, k -> new TaskRecords(k, state.processes.get(processId)));
        return lastQueue;
    }

    /**
     * Logs every record {@code task} wrote before the frame being carried out now, waiting a
     * little for a version another process is writing now.
     */
    void drainFor(TaskKey task) {
        drain();
        long deadline = System.nanoTime() + GAP_PATIENCE_NANOS;
        while (hasPendingBeforeNow(task) && System.nanoTime() < deadline) {
            awaitOtherFrames();
            drain();
        }
        while (hasPendingBeforeNow(task)) {
            logHeadOf(pending.get(task));
            logReady(false);
        }
    }

    /**
     * Lets the state lock go for a moment (the caller holds it): the version a record waits for may
     * be in a record of another process that waits in turn for a frame of that process, which
     * can be carried out only meanwhile. A frame carried out wakes the caller.
     */
    private void awaitOtherFrames() {
        awaitingFrames++;
        try {
            state.wait(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaitingFrames--;
        }
    }

    /**
     * Whether a thread waits for the next frame carried out (the caller holds the state lock).
     * Others that wait on the state lock (a run's end) are not woken for every frame: each such
     * wake-up is a thread hop, and a controlled step carries out several frames.
     */
    boolean awaitsFrames() {
        return awaitingFrames > 0;
    }

    /** The process's connection ended: everything it wrote is logged, and its ring is free for another. */
    void processGone(ProcessRecord process) {
        drain();
        long deadline = System.nanoTime() + GAP_PATIENCE_NANOS;
        while (stuckTask() != null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
            drain();
        }
        logReady(true);
        Integer ring = ringOf.remove(process.id);
        if (ring != null) {
            for (int id : cellIds) { // a set it died in did not happen; a move it died in did
                segment.cell(id).recover(SharedCell.setterOf(ring), state.objects.value(id).isMovedHere());
            }
            freeRings.add(ring);
        }
    }

    /** Forgets the last program's segment: the next free program makes its own file. */
    void reset() {
        pending.clear();
        lastQueue = null;
        pendingRecords = 0;
        Arrays.fill(nextVersion, NO_VERSIONS);
        cellIds.clear();
        ringOf.clear();
        segment = null; // unmapped when collected; on Windows the file stays until then
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException stillMapped) {
                // Windows: deleted with the coordinator's folder
            }
            file = null;
        }
    }

    /** Whether the task's next record to log came before the frames its process's connection carried out. */
    private boolean hasPendingBeforeNow(TaskKey task) {
        TaskRecords records = pending.get(task);
        return records != null && !records.queue.isEmpty() && afterFramesHandled(records, records.queue.peek());
    }

    private static boolean afterFramesHandled(TaskRecords records, EventRing.Entry entry) {
        ProcessRecord process = records.process;
        return process == null || process.session == null || entry.framesBefore() <= process.session.framesHandled;
    }

    /** Logs the head of every task's queue that may go now, until none may; {@code force}: gaps too. */
    private void logReady(boolean force) {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                TaskRecords records = it.next();
                while (!records.queue.isEmpty() && mayLog(records, records.queue.peek())) {
                    logHeadOf(records);
                    progress = true;
                }
                if (records.queue.isEmpty()) {
                    it.remove();
                }
            }
            if (!progress && force) {
                TaskKey stuck = stuckTask();
                if (stuck != null) {
                    TaskRecords records = pending.get(stuck);
                    logHeadOf(records);
                    if (records.queue.isEmpty()) {
                        pending.remove(stuck);
                    }
                    progress = true;
                }
            }
        }
    }

    /**
     * A task whose next record waits only for an earlier version of its object, not for a frame
     * its process sent before it; null if there is none.
     */
    private TaskKey stuckTask() {
        for (TaskKey task : pending.keySet()) {
            if (hasPendingBeforeNow(task)) {
                return task;
            }
        }
        return null;
    }

    private boolean mayLog(TaskRecords records, EventRing.Entry entry) {
        if (!afterFramesHandled(records, entry)) {
            return false; // a frame its process sent before is on its way: a THREAD, a printed line, a call
        }
        RingEvent event = RingEvent.of(entry.event());
        int next = versionsOf(entry.objectId());
        if (event == null || next == NO_VERSIONS || !event.versioned) {
            return true; // logged as it is, or refused as broken
        }
        int ahead = (int) ((entry.version() - next) & (SemWord.VERSIONS - 1));
        return ahead == 0 || ahead > SemWord.VERSIONS / 2; // the next one, or one given up on that came late
    }

    /** The next version to log of the object, or {@link #NO_VERSIONS} if it has no word or cell (or no such id). */
    private int versionsOf(int id) {
        return id >= 0 && id < WORDS ? nextVersion[id] : NO_VERSIONS;
    }

    private void logHeadOf(TaskRecords records) {
        TaskKey task = records.task;
        EventRing.Entry entry = records.queue.poll();
        pendingRecords--;
        RingEvent event = RingEvent.of(entry.event());
        if (event != null && event.onValue()) {
            logValueEvent(task, entry, event);
            return;
        }
        SemCore sem = state.objects.sem(entry.objectId());
        if (event == null || sem == null || sem.word() == null) {
            state.protocolViolation(state.processes.get(task.processId()),
                    "an event ring record of no fast lock or semaphore: " + entry);
            return;
        }
        countLogged(entry, event);
        state.objects.fastEvent(task, sem, event, entry.argument());
    }

    private void logValueEvent(TaskKey task, EventRing.Entry entry, RingEvent event) {
        ValueCell cell = state.objects.value(entry.objectId());
        CellContent content = CellContent.ofCode(entry.content());
        if (cell == null || versionsOf(cell.id) == NO_VERSIONS || content == null) {
            state.protocolViolation(state.processes.get(task.processId()),
                    "an event ring record of no Value with a cell: " + entry);
            return;
        }
        countLogged(entry, event);
        state.objects.fastValueEvent(task, cell, event, content, entry.argument());
    }

    /** A versioned record is logged: its object's next version is the one after it. */
    private void countLogged(EventRing.Entry entry, RingEvent event) {
        if (event.versioned) {
            int after = (int) ((entry.version() + 1) & (SemWord.VERSIONS - 1));
            int next = versionsOf(entry.objectId());
            if (next != NO_VERSIONS && ((after - next) & (SemWord.VERSIONS - 1)) < SemWord.VERSIONS / 2) {
                nextVersion[entry.objectId()] = after;
            }
        }
    }
}
