package io.github.mpgrade.benchmarks;

import io.github.mpgrade.benchmarks.sct.Outcome;
import io.github.mpgrade.benchmarks.sct.SctPrograms;
import io.github.mpgrade.benchmarks.sct.SctPrograms.SctProgram;
import io.github.mpgrade.benchmarks.sct.Search;
import io.github.mpgrade.benchmarks.sct.Searches;
import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.schedule.Strategy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Schedules to the first bug of each ported SCTBench program, per search, and schedules per second
 * per program. Run with {@code benchmarks/run.sh sct}; settings: {@code -Dsct.schedules} (budget per
 * program and search, default 1,000), {@code -Dsct.seconds} (time cap per program and search,
 * default 20: reorder_10's portfolio needs 13 s for its 336), {@code -Dsct.programs=reorder_3,lazy01}
 * (a subset, by SCTBench name).
 */
public final class SctBenchmark {
    private static final String ROW = "%-17s %6s";
    private static final String CELL = " %13s";

    private SctBenchmark() {
    }

    public static void main(String[] args) {
        Duration time = Duration.ofSeconds(Integer.getInteger("sct.seconds", 20));
        Budget budget = Budget.schedules(Integer.getInteger("sct.schedules", 1_000)).within(time);
        List<SctProgram> programs = selected(System.getProperty("sct.programs"));
        System.out.printf("budget per program and search: %d schedules or %d s, whichever ends first"
                        + " (at most %d min in all)%n", budget.schedules(), time.toSeconds(),
                time.multipliedBy((long) programs.size() * Searches.ALL.size()).toMinutes() + 1);
        System.out.println("cell: the schedule that first showed the bug; none/N: no bug in N schedules"
                + " (t: the time cap ended the search; all: every schedule within the bound)");
        System.out.printf(ROW, "program", "steps");
        Searches.ALL.forEach(search -> System.out.printf(CELL, search.name()));
        System.out.printf(" %10s%n", "sched/s");
        try (Harness harness = Harness.forCurrentClassPath()) {
            for (SctProgram program : programs) {
                row(harness, program, budget);
            }
        }
        System.out.println("Published figures (Thomson, Donaldson, Betts, \"Concurrency testing using controlled"
                + " schedulers: an empirical study\", TOPC 2016): none found per program for these benchmarks;"
                + " the study's abstract reports that PCT with d=3 found every bug the other techniques found,"
                + " plus three more, and missed one of SCTBench's 49, and that the controlled random"
                + " scheduler found more bugs than preemption bounding.");
    }

    /** One program: a first run measures its length in steps (PCT's parameter), then every search. */
    private static void row(Harness harness, SctProgram program, Budget budget) {
        Run first = harness.run(program.buggy(), Strategy.randomWalk(), -1);
        int steps = first.decisions().size();
        System.out.printf(ROW, program.name(), steps);
        int schedules = 0;
        long nanos = 0;
        for (Search search : Searches.ALL) {
            Outcome outcome = search.firstBug(harness, program.buggy(), steps, program.sign()::shows, budget);
            System.out.printf(CELL, outcome.cell());
            schedules += outcome.schedules();
            nanos += outcome.nanos();
        }
        System.out.printf(" %10.2f%n", schedules / (nanos / 1e9));
    }

    private static List<SctProgram> selected(String names) {
        if (names == null || names.isBlank()) {
            return SctPrograms.ALL;
        }
        return Arrays.stream(names.split(",")).map(String::strip).map(SctPrograms::named).toList();
    }
}
