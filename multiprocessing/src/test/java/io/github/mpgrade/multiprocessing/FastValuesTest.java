package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.fastpath.KilledValueSetter;
import io.github.mpgrade.samples.fastpath.ValueAcrossProcesses;
import io.github.mpgrade.samples.fastpath.ValueCallsCounted;
import io.github.mpgrade.samples.fastpath.ValueHammer;
import io.github.mpgrade.samples.fastpath.ValuesInTurn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A free run's Values whose content fits 64 bits live in shared memory (the fast path): gets and
 * sets stay exact under load and when a process dies, never call the coordinator, and the log
 * holds each as the coordinator would have logged it, in the order they happened.
 */
class FastValuesTest {

    @Test
    void manyProcessesHammeringOneValueUnderItsLockKeepExactTotals() throws Exception {
        try (Programs.Launched program = Programs.launch(ValueHammer.class, "4", "300")) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("total 1200", "halves 600.0", "counts [1200, 300, 300, 300, 300]"), program.lines());
        }
    }

    @Test
    void theLogShowsEverySetOfTheValueInTheOrderTheyHappenedAndEachGetAfterTheSetItRead() throws Exception {
        try (Programs.Launched program = Programs.launch(ValueHammer.class, "3", "200")) {
            program.awaitEnd().assertSucceeded();
            String current = null;
            int sets = 0;
            for (TraceEvent event : program.run().log().events()) {
                if (event instanceof TraceEvent.ValueSet set && set.object().name().equals("Value-1")) {
                    assertEquals(String.valueOf(sets), set.shown(), "the sets count up one by one: " + set);
                    current = set.shown();
                    sets++;
                } else if (event instanceof TraceEvent.ValueGet get && get.object().name().equals("Value-1")) {
                    assertEquals(current, get.shown(), "a get reads the last set before it: " + get);
                }
            }
            assertEquals(1 + 3 * 200, sets, "the first content and every increment");
        }
    }

    @Test
    void aValueSetInOneProcessIsReadByAnotherWhileBothRun() throws Exception {
        try (Programs.Launched program = Programs.launch(ValueAcrossProcesses.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("main reads 42"), program.lines());
        }
    }

    @Test
    void aSetThatDoesNotFitMovesTheValueToTheCoordinatorAndEveryProcessFollows() throws Exception {
        try (Programs.Launched program = Programs.launch(ValuesInTurn.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("Process-1 reads moved by Process-1", "Process-2 reads 3 [1.5, 0.0] moved by Process-1",
                    "main reads 10 1.5 2"), program.lines());
        }
    }

    @Test
    void getsAndSetsOfAValueInSharedMemoryNeverCallTheCoordinator_onlyOnceItHoldsTheContent() throws Exception {
        try (Programs.Launched program = Programs.launch(ValueCallsCounted.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("calls for a number: 0", "calls for a String: 1000"), program.lines());
        }
    }

    @Test
    void aProcessKilledWhileSettingAValueLeavesItUsableAndTheOthersTotalExact() throws Exception {
        try (Programs.Launched program = Programs.launch(KilledValueSetter.class)) {
            program.awaitEnd().assertSucceeded();
            assertEquals(List.of("victim exit code -9", "total 6000", "noise -1"), program.lines());
        }
    }
}
