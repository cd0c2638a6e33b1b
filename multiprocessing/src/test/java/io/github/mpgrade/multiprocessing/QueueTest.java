package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.primitives.QueueOrder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A {@link Queue} between processes: one program, {@link QueueOrder}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(QueueOrder.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void itemsPutByOneProcessAreGotByAnotherInTheOrderTheyWerePut() {
        assertTrue(program.lines().contains("main got the 100 numbers Process-1 put, in order: true"),
                program.lines()::toString);
        List<String> got = program.events(TraceEvent.QueueGet.class).stream()
                .filter(e -> e.object().name().equals("Queue-1")).map(TraceEvent.QueueGet::shown).toList();
        assertEquals(100, got.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(Integer.toString(i + 1), got.get(i));
        }
    }

    @Test
    void itemsOfTheProgramsOwnSerializableClassesTravelToo_andAWaitingGetIsWokenByAPut() {
        assertEquals(List.of("Process-2 got Parcel[label=a, weight=1]", "Process-2 got Parcel[label=b, weight=2]",
                "Process-2 got Parcel[label=c, weight=3]", "Process-2 then: get(100 ms) = null"),
                program.linesOf("Process-2"));
    }

    @Test
    void aTimedGetOnAnEmptyQueueReturnsNull() {
        assertTrue(program.lines().contains("get(100 ms) on the empty queue: null"), program.lines()::toString);
    }

    @Test
    void putRefusesNullBecauseNullMeansTimedOut() {
        assertEquals("put(null): NullPointerException: a Queue cannot hold null: get(Duration) returns null to say"
                + " it timed out", program.lines().get(program.lines().size() - 1));
    }
}
