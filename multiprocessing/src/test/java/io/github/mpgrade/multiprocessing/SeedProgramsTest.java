package io.github.mpgrade.multiprocessing;

import static io.github.mpgrade.multiprocessing.Programs.assertLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.multiprocessing.coordinator.Coordinator;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import io.github.mpgrade.samples.CertainDeadlock;
import io.github.mpgrade.samples.Hello;
import io.github.mpgrade.samples.Philosophers;
import io.github.mpgrade.samples.PingPong;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
            // Causal order: each printed line precedes the release by its printer and the grant to the other.
            List<TraceEvent> events = program.run().log().events();
            Map<String, Integer> lastLine = new HashMap<>();
            for (TraceEvent e : events) {
                if (e instanceof TraceEvent.Output) {
                    lastLine.put(e.task().processName(), (int) e.seq());
                }
                if (e instanceof TraceEvent.Release && !e.task().processName().equals("MainProcess")) {
                    assertTrue(lastLine.containsKey(e.task().processName()),
                            "a release before its process printed: " + e);
                }
            }
            List<String> order = new ArrayList<>();
            for (TraceEvent e : events) {
                if (e instanceof TraceEvent.AcquireGrant && !e.task().processName().equals("MainProcess")) {
                    order.add(e.task().processName());
                }
            }
            assertEquals(List.of("Process-1", "Process-2", "Process-1", "Process-2", "Process-1", "Process-2",
                    "Process-1", "Process-2"), order);
        }
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
