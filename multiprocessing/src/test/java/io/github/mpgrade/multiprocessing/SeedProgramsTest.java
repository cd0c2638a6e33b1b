package io.github.mpgrade.multiprocessing;

import static io.github.mpgrade.multiprocessing.Programs.assertLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.CertainDeadlock;
import io.github.mpgrade.samples.Hello;
import io.github.mpgrade.samples.Philosophers;
import io.github.mpgrade.samples.PingPong;
import io.github.mpgrade.samples.PingPongReleasingEarly;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The seed notebook's three programs, ported to Java, behave as in Python — and the log shows why. */
class SeedProgramsTest {

    @Test
    void eachHelloProcessCountsOnItsOwnCopyAndTheParentsCounterStaysTen() throws Exception {
        try (Programs.Launched program = Programs.launch(Hello.class).awaitEnd()) {
            List<String> lines = program.lines();
            assertEquals("counter is : 10", lines.get(lines.size() - 1));
            for (String name : List.of("world", "myself")) {
                assertEquals(List.of("hello " + name + " 11", "hello " + name + " 12", "hello " + name + " 13",
                                "hello " + name + " 14", "hello " + name + " 15"),
                        lines.stream().filter(l -> l.startsWith("hello " + name)).toList());
            }
            assertEquals(0, program.run().exitCode());
            Set<Long> pids = new HashSet<>();
            program.events(TraceEvent.ProcessStart.class).forEach(e -> pids.add(e.pid()));
            assertEquals(3, pids.size(), "main and two children, each a process of its own: " + pids);
            assertEquals(3, program.events(TraceEvent.ProcessExit.class).stream().filter(e -> e.exitCode() == 0).count());
        }
    }

    @Test
    void everyPrintedLineNamesTheLineOfCodeThatPrintedIt() throws Exception {
        try (Programs.Launched program = Programs.launch(Hello.class).awaitEnd()) {
            List<TraceEvent.Output> outputs = program.events(TraceEvent.Output.class);
            assertEquals(11, outputs.size());
            outputs.stream().filter(e -> e.line().startsWith("hello "))
                    .forEach(e -> assertEquals("io.github.mpgrade.samples.Hello.hello(Hello.java:14)", e.site(), e::toString));
            assertEquals("io.github.mpgrade.samples.Hello.main(Hello.java:25)", outputs.get(10).site());
        }
    }

    @Test
    void pingPongAlternatesStrictlyAndTheLogShowsEachLinePrintedBeforeTheReleaseThatLetsTheOtherGo()
            throws Exception {
        try (Programs.Launched program = Programs.launch(PingPong.class, "4").awaitEnd()) {
            assertLines(List.of("ping 10", "pong 10", "ping 11", "pong 11", "ping 12", "pong 12", "ping 13",
                    "pong 13", "in main process: 10"), program.lines());
            assertEveryRoundPrintsBeforeTheReleaseThatLetsTheOtherGo(program.run().log().events(), 4);
        }
    }

    @Test
    void theRoundByRoundCheckFailsOnAPingPongThatReleasesBeforePrintingInRoundThree() throws Exception {
        try (Programs.Launched program = Programs.launch(PingPongReleasingEarly.class, "4").awaitEnd()) {
            List<TraceEvent> events = program.run().log().events();
            AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                    () -> assertEveryRoundPrintsBeforeTheReleaseThatLetsTheOtherGo(events, 4));
            assertTrue(failure.getMessage().startsWith("round 3 of 4: expected \"Process-1 prints ping 12\" but the log "
                    + "has \"Process-1 releases Lock-2\""), failure.getMessage());
        }
    }

    /**
     * The players' turns in the log, round after round: ping (Process-1) gets its lock imut
     * (Lock-1), prints, and releases omut (Lock-2), which pong (Process-2) gets next; then pong
     * prints and releases imut, which ping gets next. The log orders each process's own events as
     * it made them, so a line printed after its release shows in every round, whatever the timing.
     */
    private static void assertEveryRoundPrintsBeforeTheReleaseThatLetsTheOtherGo(List<TraceEvent> events, int rounds) {
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            expected.addAll(List.of("Process-1 acquires Lock-1", "Process-1 prints ping " + (10 + round),
                    "Process-1 releases Lock-2", "Process-2 acquires Lock-2", "Process-2 prints pong " + (10 + round),
                    "Process-2 releases Lock-1"));
        }
        List<String> turns = playersTurns(events);
        for (int i = 0; i < Math.max(expected.size(), turns.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "nothing more";
            String got = i < turns.size() ? turns.get(i) : "nothing more";
            if (!want.equals(got)) {
                fail("round " + (i / 6 + 1) + " of " + rounds + ": expected \"" + want + "\" but the log has \"" + got
                        + "\"; the players' turns:\n" + String.join("\n", turns));
            }
        }
    }

    /** What the processes other than main got, printed and released, in log order. */
    private static List<String> playersTurns(List<TraceEvent> events) {
        List<String> turns = new ArrayList<>();
        for (TraceEvent e : events) {
            String who = e.task().processName();
            if (who.equals("MainProcess")) {
                continue;
            }
            if (e instanceof TraceEvent.AcquireGrant grant) {
                turns.add(who + " acquires " + grant.object());
            } else if (e instanceof TraceEvent.Output output) {
                turns.add(who + " prints " + output.line());
            } else if (e instanceof TraceEvent.Release release) {
                turns.add(who + " releases " + release.object());
            }
        }
        return turns;
    }

    @Test
    void asymmetricPhilosophersAllEatEveryMealAndFinish() throws Exception {
        try (Programs.Launched program = Programs.launch(Philosophers.class, "5", "3").awaitEnd()) {
            List<String> lines = program.lines();
            for (int id = 0; id < 5; id++) {
                String eating = "phil " + id + " is eating";
                assertEquals(3, lines.stream().filter(eating::equals).count(), eating);
            }
            assertEquals("done", lines.get(lines.size() - 1));
            assertTrue(program.run().deadlock().isEmpty());
        }
    }

    @Test
    void symmetricPhilosophersThatDeadlockAreReportedWithTheCycleAndTheirCodeLine() throws Exception {
        try (Programs.Launched program = Programs.launch(CertainDeadlock.class, "5").awaitEnd()) {
            DeadlockReport report = program.run().deadlock().orElseThrow();
            assertEquals(5, report.cycle().size(), report.text());
            for (DeadlockReport.Wait wait : report.cycle()) {
                assertEquals(1, wait.holds().size(), report.text());
                assertTrue(wait.waitsFor().startsWith("Lock-"), report.text());
                assertEquals("io.github.mpgrade.samples.CertainDeadlock$Philosopher.run(CertainDeadlock.java:27)",
                        wait.codeLine());
            }
            assertTrue(report.text().contains("MainProcess (thread main) waits for Process-1 to end (join)"),
                    report.text());
            assertEquals(1, program.events(TraceEvent.Deadlock.class).size());
        }
    }

    @Test
    void aDeadlockedProgramRunNormallyPrintsTheCycleAndExitsWithStatusThree() throws Exception {
        Programs.Result result = Programs.runAsRoot(CertainDeadlock.class, "3");
        assertEquals(Coordinator.DEADLOCK_EXIT_STATUS, result.exitCode(), result.err());
        assertTrue(result.err().contains("These tasks wait for each other in a cycle:"), result.err());
        assertTrue(result.err().contains("at io.github.mpgrade.samples.CertainDeadlock$Philosopher.run(CertainDeadlock.java:27)"),
                result.err());
    }

    @Test
    void theSeedProgramsRunNormallyPrintWhatPythonPrints() throws Exception {
        Programs.Result hello = Programs.runAsRoot(Hello.class);
        assertEquals(0, hello.exitCode(), hello.err());
        assertEquals("counter is : 10", hello.out().get(hello.out().size() - 1));
        Programs.Result pingPong = Programs.runAsRoot(PingPong.class);
        assertEquals(0, pingPong.exitCode(), pingPong.err());
        assertLines(List.of("ping 10", "pong 10", "ping 11", "pong 11", "ping 12", "pong 12", "ping 13", "pong 13",
                "ping 14", "pong 14", "in main process: 10"), pingPong.out());
    }
}
