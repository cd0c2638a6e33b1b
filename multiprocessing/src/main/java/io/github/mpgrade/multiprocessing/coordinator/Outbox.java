package io.github.mpgrade.multiprocessing.coordinator;

import io.github.mpgrade.multiprocessing.internal.wire.FrameBuilder;
import io.github.mpgrade.multiprocessing.internal.wire.Op;
import io.github.mpgrade.multiprocessing.internal.wire.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The frames the coordinator sends: queued on their sessions while the state lock is held, and
 * written by whoever lets go of the lock ({@link #takeDirtySessions}), so a slow reader never
 * stalls the coordinator and each process gets its frames in the order of the decisions.
 */
final class Outbox {
    private final Set<Session> dirty = new LinkedHashSet<>();

    /**
     * Answers one request. Every answer may set a parked thread running: it counts as a wake-up
     * of the session (a controlled run waits until the process is quiet after it).
     */
    void reply(Session session, long requestId, byte status, long number, long extra, byte[] data, String message) {
        wake(session, new FrameBuilder(Op.REPLY).putLong(requestId).putByte(status).putLong(number).putLong(extra)
                .putBytes(data).putString(message));
    }

    void ok(Session session, long requestId, long number) {
        reply(session, requestId, Status.OK, number, 0, null, null);
    }

    /** A value or an item, as the process that made it serialized it. */
    void okWithData(Session session, long requestId, byte[] data) {
        reply(session, requestId, Status.OK, 0, 0, data, null);
    }

    /** A timed wait ran out, or a try found nothing free. */
    void timeout(Session session, long requestId) {
        reply(session, requestId, Status.TIMEOUT, 0, 0, null, null);
    }

    /** The call was wrong; the message says why, in the caller's words. */
    void illegal(Session session, long requestId, String message) {
        reply(session, requestId, Status.ILLEGAL_STATE, 0, 0, null, message);
    }

    /** A frame that may set a parked thread running: a reply, or a process's work. */
    void wake(Session session, FrameBuilder frame) {
        send(session, frame);
        session.wakeups++;
    }

    /** A frame that wakes no thread: a probe. */
    void send(Session session, FrameBuilder frame) {
        session.enqueue(frame.build());
        dirty.add(session);
    }

    /** The sessions with frames to write, in the order they got their first; forgets them. */
    List<Session> takeDirtySessions() {
        List<Session> sessions = new ArrayList<>(dirty);
        dirty.clear();
        return sessions;
    }
}
