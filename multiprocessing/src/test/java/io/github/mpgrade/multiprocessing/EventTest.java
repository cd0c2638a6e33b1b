package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.primitives.EventFlag;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An {@link Event} across processes: one program, {@link EventFlag}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(EventFlag.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    @Test
    void aNewEventIsNotSetAndATimedAwaitOnItReturnsFalse() {
        assertEquals(List.of("isSet() of a new Event: false", "await(100 ms) on an unset Event: false"),
                program.linesOf("MainProcess").subList(0, 2));
    }

    @Test
    void setInOneProcessWakesTheWaitersOfEveryOther() {
        long set = program.seqOf("main sets the event");
        for (String waiter : List.of("Process-1", "Process-2")) {
            String line = waiter + " saw the event set; isSet() = true";
            assertEquals(List.of(line), program.linesOf(waiter));
            assertTrue(set < program.seqOf(line), "a waiter went on before the event was set");
        }
    }

    @Test
    void onceSetItStaysSetAndAwaitReturnsTrueAtOnce() {
        assertTrue(program.lines().contains("isSet() after set(): true"), program.lines()::toString);
        assertTrue(program.lines().contains("await(100 ms) on a set Event: true"), program.lines()::toString);
    }

    @Test
    void clearUnsetsItForEveryProcess() {
        assertTrue(program.lines().contains("isSet() after clear(): false"), program.lines()::toString);
        assertEquals(List.of("after clear(), another process: isSet() = false, await(100 ms) = false"),
                program.linesOf("Process-3"));
    }
}
