package io.github.mpgrade.harness.schedule;

import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.Run;
import io.github.mpgrade.multiprocessing.coordinator.Choice;
import io.github.mpgrade.multiprocessing.coordinator.Scheduler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs every schedule of a program with at most {@code preemptionBound} preemptions (CHESS's
 * iterative context bounding: nearly all concurrency bugs need two or fewer). A preemption is
 * switching away from a task that could have gone on. Depth-first over decision prefixes: each
 * run follows a prefix, then lets the running task go on as long as it can.
 */
public final class ExhaustiveSearch {

    /**
     * @param runs     how many schedules were run
     * @param complete whether every schedule within the bound was run (false: {@code maxRuns} hit)
     * @param failure  the first run that failed, if any
     */
    public record Result(int runs, boolean complete, Optional<Run> failure) {
    }

    private ExhaustiveSearch() {
    }

    public static Result explore(Harness harness, Program program, int preemptionBound, int maxRuns,
                                 Predicate<Run> fails) {
        ArrayDeque<List<Integer>> prefixes = new ArrayDeque<>();
        prefixes.push(List.of());
        int runs = 0;
        while (!prefixes.isEmpty()) {
            if (runs == maxRuns) {
                return new Result(runs, false, Optional.empty());
            }
            List<Integer> prefix = prefixes.pop();
            PrefixScheduler scheduler = new PrefixScheduler(prefix);
            Run run = harness.execute(program, "exhaustive (" + preemptionBound + " preemptions)", runs, scheduler);
            runs++;
            if (fails.test(run)) {
                return new Result(runs, false, Optional.of(run));
            }
            scheduler.branches(prefix.size(), preemptionBound).forEach(prefixes::push);
        }
        return new Result(runs, true, Optional.empty());
    }

    /** Follows a prefix of choice indexes, then runs the last task as long as it can; records each step. */
    private static final class PrefixScheduler implements Scheduler {
        private final List<Integer> prefix;
        private final List<List<String>> enabledTasks = new ArrayList<>();
        private final List<Integer> chosen = new ArrayList<>();
        private String last;

        PrefixScheduler(List<Integer> prefix) {
            this.prefix = prefix;
        }

        @Override
        public Choice pick(List<Choice> enabled, int step) {
            List<String> tasks = enabled.stream().map(Choice::task).toList();
            int index;
            if (step < prefix.size() && prefix.get(step) < enabled.size()) {
                index = prefix.get(step);
            } else {
                index = Math.max(0, tasks.indexOf(last));
            }
            enabledTasks.add(tasks);
            chosen.add(index);
            last = tasks.get(index);
            return enabled.get(index);
        }

        /** The prefixes that branch off this run after {@code from}, within the preemption bound. */
        List<List<Integer>> branches(int from, int bound) {
            List<List<Integer>> branches = new ArrayList<>();
            int preemptions = 0;
            String previous = null;
            for (int step = 0; step < chosen.size(); step++) {
                List<String> tasks = enabledTasks.get(step);
                boolean previousCanGoOn = previous != null && tasks.contains(previous);
                if (step >= from) {
                    for (int alternative = 0; alternative < tasks.size(); alternative++) {
                        if (alternative == chosen.get(step)) {
                            continue;
                        }
                        boolean preempts = previousCanGoOn && !tasks.get(alternative).equals(previous);
                        if (preemptions + (preempts ? 1 : 0) <= bound) {
                            List<Integer> branch = new ArrayList<>(chosen.subList(0, step));
                            branch.add(alternative);
                            branches.add(branch);
                        }
                    }
                }
                String task = tasks.get(chosen.get(step));
                if (previousCanGoOn && !task.equals(previous)) {
                    preemptions++;
                }
                previous = task;
            }
            return branches;
        }
    }
}
