package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.primitives.ValueContents;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Values and queue items enter the event log by their content, never by an identity hash: two
 * runs of {@link ValueContents} (each process a JVM of its own) log the same texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuesByContentTest {
    private static final String PARCEL = "io.github.mpgrade.samples.primitives.ValueContents$Parcel#";

    private List<String> firstSets;
    private List<String> firstPuts;
    private List<String> secondSets;
    private List<String> secondPuts;

    @BeforeAll
    void runTheProgramTwice() throws Exception {
        try (Programs.Launched program = Programs.launch(ValueContents.class)) {
            program.awaitEnd().assertSucceeded();
            firstSets = valuesSet(program);
            firstPuts = itemsPut(program);
        }
        try (Programs.Launched program = Programs.launch(ValueContents.class)) {
            program.awaitEnd().assertSucceeded();
            secondSets = valuesSet(program);
            secondPuts = itemsPut(program);
        }
    }

    private static List<String> valuesSet(Programs.Launched program) {
        return program.events(TraceEvent.ValueSet.class).stream().map(TraceEvent.ValueSet::shown).toList();
    }

    private static List<String> itemsPut(Programs.Launched program) {
        return program.events(TraceEvent.QueuePut.class).stream().map(TraceEvent.QueuePut::shown).toList();
    }

    @Test
    void anIntArrayInAValueIsLoggedElementByElement_theSameInBothRunsAndForEqualArraysOfTwoProcesses() {
        assertEquals(List.of("[1, 2, 3]", "[1, 2, 3]"), firstSets);
        assertEquals(firstSets, secondSets);
    }

    @Test
    void anObjectWithoutToStringIsLoggedAsItsClassAndADigestOfItsContent_theSameInEveryJvm() {
        assertEquals(3, firstPuts.size(), firstPuts::toString);
        firstPuts.forEach(text -> assertTrue(text.matches(java.util.regex.Pattern.quote(PARCEL) + "[0-9a-f]{8}"), text));
        assertEquals(firstPuts.get(0), firstPuts.get(1), "equal parcels put by main and by Process-1");
        assertNotEquals(firstPuts.get(1), firstPuts.get(2), "a parcel of another weight");
        assertEquals(firstPuts, secondPuts);
    }
}
