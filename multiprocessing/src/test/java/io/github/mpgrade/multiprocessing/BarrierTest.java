package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.primitives.BarrierRounds;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A {@link Barrier} of three processes, used for two rounds: one program, {@link BarrierRounds}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarrierTest {
    private Programs.Launched program;

    @BeforeAll
    void runTheProgram() throws Exception {
        program = Programs.launch(BarrierRounds.class);
        program.awaitEnd().assertSucceeded();
    }

    @AfterAll
    void endIt() {
        if (program != null) {
            program.close();
        }
    }

    /** The log is in causal order, so "before" lines logged after an "after" line were printed after it too. */
    @Test
    void noProcessGoesOnBeforeAllHaveArrived_inEachOfTwoRounds() {
        List<TraceEvent.Output> output = program.events(TraceEvent.Output.class);
        for (int round = 1; round <= 2; round++) {
            String before = "before " + round + " ";
            String after = "after " + round + " ";
            long lastBefore = output.stream().filter(e -> e.line().startsWith(before)).mapToLong(TraceEvent::seq)
                    .max().orElseThrow();
            long firstAfter = output.stream().filter(e -> e.line().startsWith(after)).mapToLong(TraceEvent::seq)
                    .min().orElseThrow();
            assertEquals(3, output.stream().filter(e -> e.line().startsWith(before)).count());
            assertEquals(3, output.stream().filter(e -> e.line().startsWith(after)).count());
            assertTrue(lastBefore < firstAfter, "round " + round + ": " + program.lines());
        }
    }

    @Test
    void eachRoundGivesTheArrivalIndices0To2() {
        for (int round = 1; round <= 2; round++) {
            String after = "after " + round + " ";
            Set<String> indices = new TreeSet<>();
            program.lines().stream().filter(l -> l.startsWith(after))
                    .forEach(l -> indices.add(l.substring(l.lastIndexOf(' ') + 1)));
            assertEquals(Set.of("0", "1", "2"), indices, program.lines()::toString);
        }
    }

    @Test
    void everyPartyEndsNormally() {
        for (String party : List.of("Process-1", "Process-2", "Process-3")) {
            assertEquals(0, program.exitOf(party).exitCode());
            assertEquals(4, program.linesOf(party).size());
        }
        assertEquals("getParties() = 3", program.lines().get(program.lines().size() - 1));
    }
}
