package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.internal.shm.CellContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log keeps the fast path's events packed and reads them back as the typed events they stand for, in their place. */
class EventLogTest {
    private static final Task ADDER = new Task(1, "Process-1", 14, "main");
    private static final Task OTHER = new Task(2, "Process-2", 14, "main");
    private static final SyncObject LOCK = new SyncObject("RLock-1", ObjectKind.RLOCK);
    private static final SyncObject VALUE = new SyncObject("Value-2", ObjectKind.VALUE);

    @Test
    void packedEventsReadBackAsTheirTypedEvents_betweenTheOthers_numberedByTheirPlace() {
        EventLog log = new EventLog();
        log.append((seq, nanos) -> new TraceEvent.Output(seq, nanos, ADDER, "start", "Adder.java:3"));
        log.appendPacked(PackedEvents.Kind.ACQUIRE_REQUEST, ADDER, LOCK, null, -1);
        log.appendPacked(PackedEvents.Kind.ACQUIRE_GRANT, ADDER, LOCK, null, 0);
        log.appendPacked(PackedEvents.Kind.VALUE_GET, ADDER, VALUE, CellContent.of(41), CellContent.of(41).bits(41));
        log.appendPacked(PackedEvents.Kind.VALUE_SET, OTHER, VALUE, CellContent.of(42L), CellContent.of(42L).bits(42L));
        log.appendPacked(PackedEvents.Kind.RELEASE, ADDER, LOCK, null, 0);
        log.appendPacked(PackedEvents.Kind.ACQUIRE_REQUEST, OTHER, LOCK, null, 250);
        log.appendPacked(PackedEvents.Kind.ACQUIRE_TIMEOUT, OTHER, LOCK, null, 0);
        log.append((seq, nanos) -> new TraceEvent.Output(seq, nanos, OTHER, "end", "Adder.java:9"));

        List<TraceEvent> events = log.events();

        assertEquals(9, events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).seq());
        }
        assertEquals(new TraceEvent.AcquireRequest(1, events.get(1).nanos(), ADDER, LOCK, Patience.FOREVER),
                events.get(1));
        assertEquals(new TraceEvent.AcquireGrant(2, events.get(2).nanos(), ADDER, LOCK), events.get(2));
        assertEquals(new TraceEvent.ValueGet(3, events.get(3).nanos(), ADDER, VALUE, "41"), events.get(3));
        assertEquals(new TraceEvent.ValueSet(4, events.get(4).nanos(), OTHER, VALUE, "42"), events.get(4));
        assertEquals(new TraceEvent.Release(5, events.get(5).nanos(), ADDER, LOCK), events.get(5));
        assertEquals(Patience.ofWireMillis(250), ((TraceEvent.AcquireRequest) events.get(6)).patience());
        assertInstanceOf(TraceEvent.AcquireTimeout.class, events.get(7));
        assertEquals(List.of("start", "end"), log.outputLines());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).nanos() >= events.get(i - 1).nanos(), "time runs forward with the log");
        }
    }

    @Test
    void aTypedReadFindsPackedEventsOfItsTypeOnly_andAReaderThatFollowsTheLogGetsTheRest() {
        EventLog log = new EventLog();
        log.appendPacked(PackedEvents.Kind.ACQUIRE_REQUEST, ADDER, LOCK, null, -1);
        log.appendPacked(PackedEvents.Kind.ACQUIRE_GRANT, ADDER, LOCK, null, 0);
        log.append((seq, nanos) -> new TraceEvent.Output(seq, nanos, ADDER, "in", "Adder.java:5"));
        log.appendPacked(PackedEvents.Kind.RELEASE, ADDER, LOCK, null, 0);

        assertEquals(List.of(LOCK), log.events(TraceEvent.AcquireGrant.class).stream()
                .map(TraceEvent.AcquireGrant::object).toList());
        assertEquals(3, log.events(TraceEvent.Release.class).get(0).seq());
        assertEquals(4, log.events(TraceEvent.class).size());
        assertEquals(List.of(TraceEvent.Output.class, TraceEvent.Release.class),
                log.from(2).stream().map(Object::getClass).toList());
    }
}
