package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.DataRaces;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.Points;
import io.github.mpgrade.harness.junit.SubmissionBudget;
import io.github.mpgrade.harness.junit.SubmissionHarness;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §2.2: {@code Hello} (each process counts on its own copy of the static counter),
 * {@code ThreadHello} (two threads share it) and {@code SharedHello} (two processes share one
 * {@code Value} under its lock). SharedHello runs under two schedules, one that switches task at
 * random and one that runs a task until a random point, so a read and write left unlocked are torn;
 * then more schedules, as many as the budget allows, for a count that is not 11..20.
 */
@Exercise("counter")
@Order(3)
@ExtendWith({SubmissionHarness.class, SubmissionBudget.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one set of runs per grading, however many gradings share this JVM
@DisplayName("Counter isolation")
class CounterChecks {
    private static final Pattern GREETING = Pattern.compile("hello (\\S+) (-?\\d+)");
    private static final List<String> NAMES = List.of("world", "myself");

    private Observed hello;
    private Observed threadHello;
    private Observed sharedHello;

    @BeforeAll
    void observe(Harness harness, Budget budget) {
        hello = Observed.run(harness, CounterChecks::missingGreetings,
                new Observed.Schedule(Program.main("lab.counter.Hello"), Strategy.randomWalk(), 1));
        threadHello = Observed.run(harness, CounterChecks::missingGreetings,
                new Observed.Schedule(Program.main("lab.counter.ThreadHello"), Strategy.randomWalk(), 1));
        sharedHello = Observed.run(harness, CounterChecks::missingGreetings,
                new Observed.Schedule(Program.main("lab.counter.SharedHello"), Strategy.randomWalk(), 1),
                new Observed.Schedule(Program.main("lab.counter.SharedHello"), Strategy.pct(2, 40), 2))
                .explore(Program.main("lab.counter.SharedHello"), budget,
                        run -> run.completed() && sharedCountProblem(run).isPresent());
    }

    @Test
    @Order(1)
    @Points(3)
    @DisplayName("each hello runs in a process (or thread) of its own")
    void eachHelloRunsInAProcessOrThreadOfItsOwn() {
        hello.failOnFirst(hello.completedShowingWork("Hello's processes"), run -> ownWorkerProblem(run, false));
        threadHello.failOnFirst(threadHello.completedShowingWork("ThreadHello's threads"), run -> ownWorkerProblem(run, true));
        sharedHello.failOnFirst(sharedHello.completedShowingWork("SharedHello's processes"), run -> ownWorkerProblem(run, false));
    }

    @Test
    @Order(2)
    @Points(5)
    @DisplayName("Hello: each process counts 11..15 on its own copy")
    void eachProcessCountsOnItsOwnCopy() {
        hello.failOnFirst(hello.completed("Hello's counting"), run -> {
            Map<String, List<Integer>> counted = greetings(run);
            for (String name : NAMES) {
                if (!counted.get(name).equals(List.of(11, 12, 13, 14, 15))) {
                    return Optional.of("The process greeting " + name + " printed the values " + counted.get(name)
                            + "; each process has its own copy of the static counter, starting at 10, so it should "
                            + "print 11, 12, 13, 14, 15 — whatever the other process does.\n"
                            + Messages.numbered(run.lines(), 20)
                            + "Add 1 to counter, then sleep, then print, five times in hello().");
                }
            }
            return Optional.empty();
        });
    }

    @Test
    @Order(3)
    @Points(5)
    @DisplayName("SharedHello: the shared value counts 11..20, each once, under every schedule")
    void theSharedValueCountsElevenToTwentyEachOnce() {
        sharedHello.failOnFirst(sharedHello.completed("SharedHello's counting"), CounterChecks::sharedCountProblem);
    }

    /** SharedHello's two processes together print 11..20, each once. */
    private static Optional<String> sharedCountProblem(Run run) {
        Map<String, List<Integer>> counted = greetings(run);
        List<Integer> all = new ArrayList<>(counted.get("world"));
        all.addAll(counted.get("myself"));
        all.sort(null);
        if (all.equals(IntStream.rangeClosed(11, 20).boxed().toList())) {
            return Optional.empty();
        }
        return Optional.of("Together the two processes printed " + all + " but one shared Value counting from 10 "
                + "should give 11 to 20, each once.\n" + Messages.numbered(run.lines(), 20)
                + "If a value appears twice, both processes read the same value before either wrote it back: "
                + "hold counter.getLock() around the read and the write (get() then set()), and print the value "
                + "you wrote, not a fresh get().");
    }

    @Test
    @Order(4)
    @Points(3)
    @DisplayName("Hello: main prints counter is : 10")
    void helloMainPrintsItsOwnCounter() {
        hello.failOnFirst(hello.completedShowingWork("Hello's last line"), run -> lastLineProblem(run, "counter is : 10",
                "The main process has its own copy of counter, which its children never change."));
    }

    @Test
    @Order(5)
    @Points(2)
    @DisplayName("ThreadHello: main prints counter is : 20")
    void threadHelloMainPrintsTheSharedCounter() {
        threadHello.failOnFirst(threadHello.completedShowingWork("ThreadHello's last line"), run -> lastLineProblem(run,
                "counter is : 20", "Threads share the static counter: both add 5 to it, and main prints it after "
                        + "joining both threads."));
    }

    @Test
    @Order(6)
    @Points(2)
    @DisplayName("SharedHello: main prints counter is : 20")
    void sharedHelloMainPrintsTheSharedValue() {
        sharedHello.failOnFirst(sharedHello.completedShowingWork("SharedHello's last line"), run -> lastLineProblem(run,
                "counter is : 20", "Both processes add 5 to the one shared Value; main prints it after joining both."));
    }

    @Test
    @Order(7)
    @Points(0)
    @DisplayName("ThreadHello: no data race on the shared counter (a note, worth 0 points)")
    void threadHelloHasNoDataRace() {
        threadHello.failOnFirst(threadHello.all(), CounterChecks::dataRaceProblem); // nothing to judge is no race
    }

    /**
     * Two threads' accesses to one field that nothing orders, one a write: under the controlled
     * schedule the result came out right, but on a real JVM a {@code counter += 1} (a read, then a
     * write) can overwrite the other thread's update.
     */
    private static Optional<String> dataRaceProblem(Run run) {
        return DataRaces.of(run.events()).stream().findFirst().map(race -> Messages.program(run) + ": two threads use "
                + race.field() + " with nothing ordering them: " + access(race.earlier()) + ", and "
                + access(race.later()) + ". This run gave the right numbers, but on a real JVM one thread's update can"
                + " overwrite the other's (counter += 1 reads, then writes). Update the counter inside"
                + " synchronized (ThreadHello.class) { ... } in both threads, or make it an AtomicInteger."
                + " This is a note: it costs no points.");
    }

    private static String access(TraceEvent.FieldAccess access) {
        return Causality.printer(access) + (access.write() ? " wrote it" : " read it")
                + (access.site() == null ? "" : " at " + access.site());
    }

    private static String joinBoth(Run run) {
        return run.program().mainClass().endsWith("ThreadHello") ? "Join both threads" : "Join both processes";
    }

    /** Each name's greetings come from one process (or thread) of its own, not main's. */
    private static Optional<String> ownWorkerProblem(Run run, boolean threads) {
        String worker = threads ? "thread" : "process";
        Map<String, String> printerOf = new LinkedHashMap<>();
        for (TraceEvent.Output line : run.outputs()) {
            Matcher m = GREETING.matcher(line.line());
            if (!m.matches()) {
                continue;
            }
            String printer = threads ? line.task().threadName() : line.task().processName();
            boolean main = threads ? printer.equals("main") : printer.equals("MainProcess");
            if (main) {
                return Optional.of(Messages.program(run) + ": " + Messages.line(line) + " was printed by your main "
                        + worker + ". Run each hello in a " + worker + " of its own: create it with hello as its target, "
                        + "start() it, and join() it.");
            }
            String earlier = printerOf.putIfAbsent(m.group(1), printer);
            if (earlier != null && !earlier.equals(printer)) {
                return Optional.of(Messages.program(run) + ": the greetings of " + m.group(1) + " came from two "
                        + worker + "es (" + earlier + " and " + printer + "); each hello should run in one.");
            }
        }
        if (printerOf.size() == 2 && printerOf.get("world").equals(printerOf.get("myself"))) {
            return Optional.of(Messages.program(run) + ": world's and myself's greetings came from the same " + worker
                    + " (" + printerOf.get("world") + "); each hello needs a " + worker + " of its own.");
        }
        return Optional.empty();
    }

    /** A program that greets neither name shows nothing to judge. */
    private static Optional<String> missingGreetings(Run run) {
        Map<String, List<Integer>> counted = greetings(run);
        List<String> silent = NAMES.stream().filter(name -> counted.get(name).isEmpty()).toList();
        return silent.isEmpty() ? Optional.empty() : Optional.of("it printed no "
                + silent.stream().map(name -> "\"hello " + name + " <n>\"").collect(Collectors.joining(" and no "))
                + " line");
    }

    /** Each name's values, in the order printed; a name never greeted has none. */
    private static Map<String, List<Integer>> greetings(Run run) {
        Map<String, List<Integer>> values = new LinkedHashMap<>();
        NAMES.forEach(name -> values.put(name, new ArrayList<>()));
        for (String line : run.lines()) {
            Matcher m = GREETING.matcher(line);
            if (m.matches() && values.containsKey(m.group(1))) {
                values.get(m.group(1)).add(Integer.parseInt(m.group(2)));
            }
        }
        return values;
    }

    private static Optional<String> lastLineProblem(Run run, String expected, String why) {
        List<TraceEvent.Output> outputs = run.outputs();
        String last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1).line();
        if (!expected.equals(last)) {
            return Optional.of(Messages.program(run) + ": the last line should be \"" + expected + "\" but it was "
                    + (last == null ? "nothing (your program printed no line)" : "\"" + last + "\"") + ". " + why
                    + "\n" + Messages.numbered(run.lines(), 20));
        }
        return Causality.printedBeforeItByLuck(run, outputs.get(outputs.size() - 1)).map(early ->
                Messages.program(run) + ": \"" + expected + "\" came last in this run, but only by luck: nothing made "
                        + "main wait for " + Messages.line(early) + " (by " + Causality.printer(early)
                        + "). " + joinBoth(run) + " before printing it.");
    }
}
