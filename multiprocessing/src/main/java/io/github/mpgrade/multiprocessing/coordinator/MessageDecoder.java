package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import io.github.mpgrade.multiprocessing.internal.shm.SemWord;
import io.github.mpgrade.multiprocessing.internal.wire.Frame;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.ProtocolException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Turns the frames a process sends into typed messages, checking every field: a frame that
 * breaks the protocol raises a {@link ProtocolException} that says what is wrong with it, and its
 * sender is dropped. It reads frames only; what they ask for is carried out elsewhere.
 */
final class MessageDecoder {
    /** The longest code site a printed line may carry: a class, a method, a file and a line number. */
    static final int MAX_SITE_CHARS = 1024;
    /** The most threads a probe answer may describe. */
    static final int MAX_PROBED_THREADS = 100_000;
    static final String NO_HELLO = "a connection must begin with a valid HELLO";

    /** The first frame of a connection: which launched JVM this is, by its token and pid. */
    record Hello(String token, long pid) {
    }

    private MessageDecoder() {
    }

    static Hello hello(Frame f) throws ProtocolException {
        if (f.op != Op.HELLO) {
            throw new ProtocolException(NO_HELLO);
        }
        String token = f.getString();
        long pid = f.getLong();
        f.end();
        return new Hello(token, pid);
    }

    /** Any frame after the HELLO. */
    static Message decode(Frame f) throws ProtocolException {
        switch (f.op) {
            case PROBE_REPLY:
                return probeAnswer(f);
            case THREAD: {
                long threadId = f.getLong();
                String name = f.getString();
                f.end();
                return new Message.ThreadNamed(threadId, name);
            }
            case PRINT:
                return printed(f);
            case UNCAUGHT:
                return uncaught(f);
            case FIELD:
                return fieldAccessed(f);
            case QUIET: {
                long afterWakeups = f.getLong();
                f.end();
                return new Message.Quiet(afterWakeups);
            }
            case PROCESS_DONE: {
                int exitCode = f.getInt();
                f.end();
                return new Message.ProcessDone(exitCode);
            }
            case EXITING: {
                int exitCode = f.getInt();
                f.end();
                return new Message.Exiting(exitCode);
            }
            case READY:
                f.end();
                return new Message.Ready();
            case SHM_RELEASED:
                return new Message.SharedReleased(onlyId(f));
            default: {
                long requestId = f.getLong();
                long threadId = f.getLong();
                long quietAfter = f.getLong();
                if (quietAfter < Op.NOT_QUIET) {
                    throw new ProtocolException("a call quiet after " + quietAfter + " wake-ups");
                }
                return new Message.Call(requestId, threadId,
                        quietAfter == Op.NOT_QUIET ? OptionalLong.empty() : OptionalLong.of(quietAfter), request(f));
            }
        }
    }

    private static Message.Printed printed(Frame f) throws ProtocolException {
        long threadId = f.getLong();
        boolean stderr = f.getBoolean();
        String line = Objects.requireNonNullElse(f.getString(), "");
        String site = f.getString();
        f.end();
        if (site != null && site.length() > MAX_SITE_CHARS) {
            throw new ProtocolException("a code site of " + site.length() + " characters");
        }
        return new Message.Printed(threadId, stderr, line, site);
    }

    private static Message.Uncaught uncaught(Frame f) throws ProtocolException {
        long threadId = f.getLong();
        String exception = f.getString();
        String site = f.getString();
        f.end();
        if (exception == null || exception.isEmpty()) {
            throw new ProtocolException("an uncaught exception without a description");
        }
        if (site != null && site.length() > MAX_SITE_CHARS) {
            throw new ProtocolException("a code site of " + site.length() + " characters");
        }
        return new Message.Uncaught(threadId, exception, site);
    }

    private static Message.FieldAccessed fieldAccessed(Frame f) throws ProtocolException {
        long threadId = f.getLong();
        String field = f.getString();
        boolean write = f.getBoolean();
        boolean isVolatile = f.getBoolean();
        String site = f.getString();
        f.end();
        if (field == null || field.isEmpty() || field.length() > MAX_SITE_CHARS) {
            throw new ProtocolException("FIELD needs a field name of 1 to " + MAX_SITE_CHARS + " characters");
        }
        if (site != null && site.length() > MAX_SITE_CHARS) {
            throw new ProtocolException("a code site of " + site.length() + " characters");
        }
        return new Message.FieldAccessed(threadId, field, write, isVolatile, site);
    }

    /** {@code probeId, stuck, n, n × (threadId, name, inLibrary, state, codeLine)}. */
    private static Message.ProbeAnswer probeAnswer(Frame f) throws ProtocolException {
        long probeId = f.getLong();
        boolean stuck = f.getBoolean();
        int count = f.getInt();
        if (count < 0 || count > MAX_PROBED_THREADS) {
            throw new ProtocolException("probe reply with " + count + " threads");
        }
        Map<Long, DeadlockWatch.ThreadInfo> threads = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            threads.put(f.getLong(), new DeadlockWatch.ThreadInfo(f.getString(), f.getBoolean(), f.getString(),
                    f.getString()));
        }
        f.end();
        return new Message.ProbeAnswer(probeId, stuck, threads);
    }

    private static Request request(Frame f) throws ProtocolException {
        return switch (f.op) {
            case CREATE_SEM -> createSem(f);
            case ACQUIRE -> {
                int sem = f.getInt();
                long timeout = timeout(f.getLong());
                f.end();
                yield new Request.Acquire(sem, timeout);
            }
            case RELEASE -> new Request.Release(onlyId(f));
            case OWNED_DEPTH -> new Request.OwnedDepth(onlyId(f));
            case CREATE_VALUE -> {
                Request.CreateValue value = createValue(f);
                f.end();
                yield value;
            }
            case SHM_CREATE_VALUE -> {
                Request.CreateValue value = createValue(f);
                byte code = f.getByte();
                long bits = f.getLong();
                f.end();
                CellContent content = CellContent.ofCode(code);
                if (content == null) {
                    throw new ProtocolException("no content of a shared cell " + code);
                }
                yield new Request.CreateSharedValue(value, content, bits);
            }
            case SHM_MOVE_VALUE -> {
                int value = f.getInt();
                int version = f.getInt();
                byte[] data = f.getBytes();
                String shown = f.getString();
                f.end();
                if (version < 0 || version >= SemWord.VERSIONS) {
                    throw new ProtocolException("a cell's version " + version + " out of range");
                }
                yield new Request.SharedValueMove(value, version, data, shown);
            }
            case VALUE_GET -> new Request.ValueGet(onlyId(f));
            case VALUE_SET -> {
                int value = f.getInt();
                byte[] data = f.getBytes();
                String shown = f.getString();
                f.end();
                yield new Request.ValueSet(value, data, shown);
            }
            case CREATE_QUEUE -> {
                ObjectKind kind = queueKind(f.getByte());
                String site = f.getString();
                f.end();
                yield new Request.CreateQueue(kind, site);
            }
            case QUEUE_PUT -> {
                int queue = f.getInt();
                byte[] data = f.getBytes();
                String shown = f.getString();
                f.end();
                yield new Request.QueuePut(queue, data, shown);
            }
            case QUEUE_GET -> {
                int queue = f.getInt();
                long timeout = timeout(f.getLong());
                f.end();
                yield new Request.QueueGet(queue, timeout);
            }
            case START -> start(f);
            case JOIN -> {
                int process = f.getInt();
                long timeout = timeout(f.getLong());
                f.end();
                yield new Request.Join(process, timeout);
            }
            case SIGNAL -> {
                int process = f.getInt();
                boolean kill = f.getBoolean();
                f.end();
                yield new Request.SignalChild(process, kill ? Signal.KILL : Signal.TERMINATE);
            }
            case FINISHING -> {
                f.end();
                yield new Request.Finishing();
            }
            case BEGIN -> {
                f.end();
                yield new Request.Begin();
            }
            case SLEEP -> {
                long millis = f.getLong();
                f.end();
                if (millis < 0) {
                    throw new ProtocolException("sleep of " + millis + " ms");
                }
                yield new Request.Sleep(millis);
            }
            case COUNT -> new Request.Count(onlyId(f));
            case SHM_ATTACH -> {
                f.end();
                yield new Request.SharedAttach();
            }
            case SHM_ACQUIRE -> {
                int sem = f.getInt();
                long timeout = timeout(f.getLong());
                f.end();
                if (timeout == 0) {
                    throw new ProtocolException("SHM_ACQUIRE is a wait: a try takes its permit from the word");
                }
                yield new Request.SharedAcquire(sem, timeout);
            }
            case SHM_CREATE_SEM -> new Request.CreateSharedSem(createSem(f));
            case SHM_DRAIN -> {
                f.end();
                yield new Request.SharedDrain();
            }
            case THREAD_START -> {
                long threadId = f.getLong();
                String name = f.getString();
                f.end();
                if (name == null || name.isEmpty() || name.length() > MAX_SITE_CHARS) {
                    throw new ProtocolException("THREAD_START needs a thread name of 1 to " + MAX_SITE_CHARS
                            + " characters");
                }
                yield new Request.ThreadStart(threadId, name);
            }
            case THREAD_END -> new Request.ThreadEnd(onlyId(f));
            case THREAD_JOIN -> {
                int thread = f.getInt();
                long timeout = timeout(f.getLong());
                f.end();
                yield new Request.ThreadJoin(thread, timeout);
            }
            case CREATE_MONITOR -> {
                String shown = f.getString();
                int ofSem = f.getInt();
                String site = f.getString();
                f.end();
                if (shown == null || shown.isEmpty() || shown.length() > MAX_SITE_CHARS) {
                    throw new ProtocolException("CREATE_MONITOR needs the object's name, of 1 to " + MAX_SITE_CHARS
                            + " characters");
                }
                if (site != null && site.length() > MAX_SITE_CHARS) {
                    throw new ProtocolException("a code site of " + site.length() + " characters");
                }
                yield new Request.CreateMonitor(shown, ofSem, site);
            }
            case INTERRUPT -> {
                long threadId = f.getLong();
                f.end();
                yield new Request.Interrupt(threadId);
            }
            case YIELD -> {
                f.end();
                yield new Request.Yield();
            }
            default -> throw new ProtocolException(f.op + " is not a request");
        };
    }

    private static Request.CreateSem createSem(Frame f) throws ProtocolException {
        ObjectKind kind = semaphoreKind(f.getByte());
        int value = f.getInt();
        int max = f.getInt();
        String site = f.getString();
        f.end();
        if (value < 0 || max < 1 || value > max) {
            throw new ProtocolException("semaphore value " + value + " / max " + max + " out of range");
        }
        return new Request.CreateSem(kind, value, max, site);
    }

    /** The fields of CREATE_VALUE: the content's bytes and text, and the line of code that made it. */
    private static Request.CreateValue createValue(Frame f) throws ProtocolException {
        byte[] data = f.getBytes();
        String shown = f.getString();
        String site = f.getString();
        return new Request.CreateValue(data, shown, site);
    }

    private static Request.Start start(Frame f) throws ProtocolException {
        String name = f.getString();
        boolean daemon = f.getBoolean();
        byte[] payload = f.getBytes();
        f.end();
        if (name == null || name.isBlank() || payload == null) {
            throw new ProtocolException("START needs a name and a payload");
        }
        return new Request.Start(name, daemon, payload);
    }

    /** A frame whose one field is an object's id. */
    private static int onlyId(Frame f) throws ProtocolException {
        int id = f.getInt();
        f.end();
        return id;
    }

    /** A kind of lock or semaphore, sent as its ordinal. */
    private static ObjectKind semaphoreKind(byte ordinal) throws ProtocolException {
        ObjectKind[] kinds = ObjectKind.values();
        if (ordinal < 0 || ordinal >= kinds.length || !kinds[ordinal].isSemaphore()) {
            throw new ProtocolException("no lock or semaphore kind " + ordinal);
        }
        return kinds[ordinal];
    }

    private static ObjectKind queueKind(byte ordinal) throws ProtocolException {
        ObjectKind[] kinds = ObjectKind.values();
        if (ordinal < 0 || ordinal >= kinds.length || !kinds[ordinal].isQueue()) {
            throw new ProtocolException("no queue kind " + ordinal);
        }
        return kinds[ordinal];
    }

    private static long timeout(long millis) throws ProtocolException {
        if (millis < -1) {
            throw new ProtocolException("timeout " + millis + " out of range");
        }
        return millis;
    }
}
