package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.analysis.DataRaces;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the agent, the fields a program's threads touch are in the log, and the happens-before
 * order tells a data race (two threads' accesses, one a write, nothing between them) from an
 * access that a lock, a join or a volatile orders — from any one run, whatever its schedule.
 */
class DataRacesTest {
    private static final String SAMPLES = "io.github.mpgrade.samples.threads.";
    private static Harness harness;

    @BeforeAll
    static void openHarness() {
        harness = Harness.forCurrentClassPath();
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
    }

    @Test
    void anUnsynchronizedCounterOfTwoThreadsRacesAndTheRaceNamesTheFieldAndBothLines() {
        Run run = harness.run(Program.main(SAMPLES + "RacyCounter"), Strategy.randomWalk(), 3);
        List<DataRaces.Race> races = DataRaces.of(run.events());
        assertTrue(!races.isEmpty(), () -> "no race found in " + run.events());
        DataRaces.Race race = races.get(0);
        assertEquals("RacyCounter.counter", race.field());
        assertTrue(!race.earlier().task().equals(race.later().task()), race.toString());
        assertTrue(race.earlier().write() || race.later().write(), race.toString());
        assertTrue(race.later().site().contains("RacyCounter.java"), race.toString());
    }

    @Test
    void theSameCounterUnderAMonitorAndReadAfterBothJoinsDoesNotRace() {
        for (long seed = 0; seed < 3; seed++) {
            Run run = harness.run(Program.main(SAMPLES + "RacyCounter").args("synchronized"), Strategy.randomWalk(),
                    seed);
            assertTrue(run.completed(), () -> run.events().toString());
            assertTrue(run.eventsOf(TraceEvent.FieldAccess.class).size() > 2, "the field accesses are logged");
            assertEquals(List.of(), DataRaces.of(run.events()));
            assertEquals(List.of("counter is : 16"), run.lines());
        }
    }

    @Test
    void aValuePublishedThroughAVolatileFlagDoesNotRace() {
        Run run = harness.run(Program.main(SAMPLES + "VolatileFlag"), Strategy.randomWalk(), 1);
        assertTrue(run.completed(), () -> run.events().toString());
        assertEquals(List.of("message 42"), run.lines());
        assertEquals(List.of(), DataRaces.of(run.events()));
    }
}
