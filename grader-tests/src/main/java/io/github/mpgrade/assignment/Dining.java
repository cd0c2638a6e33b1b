package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Run;
import io.github.mpgrade.harness.analysis.Holdings;
import io.github.mpgrade.harness.analysis.LockOrderGraph;
import io.github.mpgrade.harness.schedule.Strategy;
import io.github.mpgrade.multiprocessing.coordinator.DeadlockReport;
import io.github.mpgrade.multiprocessing.coordinator.ObjectKind;
import io.github.mpgrade.multiprocessing.coordinator.SyncObject;
import io.github.mpgrade.multiprocessing.coordinator.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dining philosophers' rules, judged on one run of a table of {@code n} philosophers that eat
 * {@code meals} times each — with processes ({@code DiningTable}) or threads
 * ({@code ThreadDiningTable}). Each method returns the problem it found, as the student reads it.
 */
final class Dining {
    private static final Pattern LINE = Pattern.compile("phil (\\d+) is (eating|thinking)");

    private final Run run;
    private final int n;
    private final int meals;
    private final boolean threads;
    /** Who printed each philosopher's lines: the task that is that philosopher. */
    private final Map<String, Integer> philosopherOfTask = new HashMap<>();

    private Dining(Run run, int n, int meals, boolean threads) {
        this.run = run;
        this.n = n;
        this.meals = meals;
        this.threads = threads;
        for (TraceEvent.Output line : run.outputs()) {
            Matcher m = LINE.matcher(line.line());
            if (m.matches()) {
                philosopherOfTask.putIfAbsent(task(line), Integer.parseInt(m.group(1)));
            }
        }
    }

    /** The run of {@code DiningTable n meals} (or the thread table's): its arguments say n and meals. */
    static Dining of(Run run, boolean threads) {
        List<String> args = run.program().args();
        return new Dining(run, Integer.parseInt(args.get(0)), Integer.parseInt(args.get(1)), threads);
    }

    /**
     * Whether a run breaks what must hold under every schedule: it deadlocked, or it ended and a
     * philosopher ate the wrong number of meals, without both forks, or beside a neighbour.
     */
    static boolean unsafe(Run run, boolean threads) {
        if (run.deadlock().isPresent()) {
            return true;
        }
        Dining table = of(run, threads);
        return run.completed() && (table.mealCountProblem().isPresent() || table.forksHeldProblem().isPresent()
                || table.neighboursProblem().isPresent());
    }

    private static String task(TraceEvent e) {
        return e.task().processName() + "/" + e.task().threadName();
    }

    /** {@code phil 2 (Process-3)}, or the task's own name if it never said which philosopher it is. */
    private String who(String task) {
        Integer id = philosopherOfTask.get(task);
        String where = threads ? task.substring(task.indexOf('/') + 1) : task.substring(0, task.indexOf('/'));
        return id == null ? task : "phil " + id + " (" + where + ")";
    }

    /** Each philosopher runs in a process (or thread) of its own: {@code start()}, not {@code run()}. */
    Optional<String> ownWorkerProblem() {
        String worker = threads ? "thread" : "process";
        Map<Integer, String> taskOfPhilosopher = new TreeMap<>();
        for (TraceEvent.Output line : run.outputs()) {
            Matcher m = LINE.matcher(line.line());
            if (!m.matches()) {
                continue;
            }
            int id = Integer.parseInt(m.group(1));
            String task = task(line);
            boolean main = threads ? task.equals("MainProcess/main") : task.startsWith("MainProcess/");
            if (main) {
                return Optional.of(Messages.line(line) + " was printed by your main " + worker + ", not by a "
                        + worker + " of its own. Calling run() runs the philosopher's code in the caller; call start() "
                        + "to begin a new " + worker + ", and join() to wait for it.");
            }
            String earlier = taskOfPhilosopher.putIfAbsent(id, task);
            if (earlier != null && !earlier.equals(task)) {
                return Optional.of("phil " + id + "'s lines were printed by two different " + worker + "es: " + earlier
                        + " and " + task + ". Each philosopher should be one " + worker + " that eats all its meals.");
            }
        }
        Map<String, Integer> philosopherOf = new HashMap<>();
        for (Map.Entry<Integer, String> e : taskOfPhilosopher.entrySet()) {
            Integer other = philosopherOf.putIfAbsent(e.getValue(), e.getKey());
            if (other != null) {
                return Optional.of("phil " + other + " and phil " + e.getKey() + " were printed by the same " + worker
                        + " (" + e.getValue() + "). Each philosopher needs a " + worker + " of its own.");
            }
        }
        return Optional.empty();
    }

    /** A philosopher that never ate: the run does not show the table at work. */
    Optional<String> missingWork() {
        Set<Integer> ate = new TreeSet<>();
        for (String line : run.lines()) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && m.group(2).equals("eating")) {
                ate.add(Integer.parseInt(m.group(1)));
            }
        }
        for (int id = 0; id < n; id++) {
            if (!ate.contains(id)) {
                return Optional.of(ate.isEmpty() ? "no philosopher printed \"phil <id> is eating\""
                        : "phil " + id + " never printed \"phil " + id + " is eating\"");
            }
        }
        return Optional.empty();
    }

    /** Every philosopher 0..n-1 eats exactly {@code meals} times, and {@code done} comes last. */
    Optional<String> mealCountProblem() {
        int[] eaten = new int[n];
        for (String line : run.lines()) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && m.group(2).equals("eating")) {
                int id = Integer.parseInt(m.group(1));
                if (id < 0 || id >= n) {
                    return Optional.of(table() + " your program printed \"" + line + "\", but the philosophers are"
                            + " numbered 0 to " + (n - 1) + ". " + argumentsHint());
                }
                eaten[id]++;
            }
        }
        if (Arrays.stream(eaten).sum() == 0) {
            return Optional.of(table() + " no philosopher printed \"phil <id> is eating\". Create the forks and the "
                    + "philosophers in main, start() and join() them all; each philosopher's run() eats its meals.\n"
                    + Messages.numbered(run.lines(), 10));
        }
        for (int id = 0; id < n; id++) {
            if (eaten[id] != meals) {
                return Optional.of(table() + " phil " + id + " ate " + eaten[id] + " times instead of " + meals + ".\n"
                        + Messages.numbered(run.lines(), 40) + argumentsHint());
            }
        }
        List<String> lines = run.lines();
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("done")) {
            return Optional.of(table() + " the last line should be \"done\", printed after every philosopher has "
                    + "finished (join them all first), but your program printed:\n" + Messages.numbered(lines, 40));
        }
        if (threads) {
            return Optional.empty(); // Thread.join is plain Java: the log cannot tell a join from luck
        }
        TraceEvent.Output done = run.outputs().get(run.outputs().size() - 1);
        return Causality.printedBeforeItByLuck(run, done).map(early -> table() + " \"done\" came last in this run, "
                + "but only by luck: nothing made main wait for " + Messages.line(early) + " (by "
                + Causality.printer(early) + "), so under another schedule \"done\" could come first. Join every "
                + "philosopher before printing \"done\".");
    }

    private String table() {
        return "With " + n + " philosophers eating " + meals + " meal" + (meals == 1 ? "" : "s") + " each ("
                + Messages.program(run) + "),";
    }

    private String argumentsHint() {
        return "Did you read n and meals from args (args[0], args[1]; 5 and 5 when absent) and give each "
                + "philosopher its own id?";
    }

    /** A philosopher prints "is eating" only while it holds two forks. */
    Optional<String> forksHeldProblem() {
        Holdings holdings = Holdings.of(run.events());
        for (TraceEvent.Output line : run.outputs()) {
            Matcher m = LINE.matcher(line.line());
            if (m.matches() && m.group(2).equals("eating")) {
                Set<SyncObject> held = holdings.heldAt(line);
                List<String> forks = held.stream().filter(Dining::isFork).map(SyncObject::name).sorted().toList();
                if (forks.size() < 2) {
                    return Optional.of(who(task(line)) + " printed " + Messages.line(line) + " while holding "
                            + (forks.isEmpty() ? "no fork" : "only " + forks.get(0)) + ". " + heldInstead(held)
                            + "A philosopher eats with both forks: acquire both before printing \"is eating\", and "
                            + "release them only after the meal's Time.sleep(20).");
                }
            }
        }
        return Optional.empty();
    }

    /** Two neighbours never eat at the same time: from "is eating" to the first fork put down. */
    Optional<String> neighboursProblem() {
        Holdings holdings = Holdings.of(run.events());
        List<Holdings.Interval> meals = holdings.intervals(
                e -> e instanceof TraceEvent.Output o && o.line().endsWith(" is eating") && LINE.matcher(o.line()).matches(),
                e -> e instanceof TraceEvent.Release);
        for (Holdings.Interval[] pair : holdings.overlapping(meals)) {
            int a = idOf(pair[0]);
            int b = idOf(pair[1]);
            if (Math.floorMod(a - b, n) == 1 || Math.floorMod(b - a, n) == 1) {
                return Optional.of("phil " + a + " and phil " + b + " are neighbours and share a fork, but they ate at the "
                        + "same time: " + Messages.line(mealLine(pair[0])) + " and " + Messages.line(mealLine(pair[1]))
                        + " were both printed before either put a fork down. Neighbours must use the same Lock object for the fork "
                        + "between them: create the n forks once, in main, and pass fork i and fork (i + 1) % n to "
                        + "philosopher i.");
            }
        }
        return Optional.empty();
    }

    /** The "is eating" line that opened a meal. */
    private static TraceEvent.Output mealLine(Holdings.Interval meal) {
        return (TraceEvent.Output) meal.from();
    }

    private static int idOf(Holdings.Interval meal) {
        Matcher m = LINE.matcher(mealLine(meal).line());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Every fork is free when the program ends. */
    Optional<String> forksFreeProblem() {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (TraceEvent e : run.events()) {
            if (e instanceof TraceEvent.AcquireGrant grant && isFork(grant.object())) {
                holders.computeIfAbsent(grant.object().name(), k -> new ArrayList<>()).add(task(e));
            } else if (e instanceof TraceEvent.Release release && isFork(release.object())) {
                List<String> h = holders.getOrDefault(release.object().name(), new ArrayList<>());
                if (!h.remove(task(e)) && !h.isEmpty()) {
                    h.remove(0); // a Lock may be released by another task (Python semantics)
                }
            }
        }
        for (Map.Entry<String, List<String>> e : holders.entrySet()) {
            if (!e.getValue().isEmpty()) {
                return Optional.of(e.getKey() + " was still taken when the program ended: " + who(e.getValue().get(0))
                        + " acquired it and never released it. Release every fork you acquire, after each meal.");
            }
        }
        return Optional.empty();
    }

    /** Every process (the main one too) exits with 0. */
    Optional<String> exitProblem() {
        String bad = Messages.badExits(run);
        return bad.isEmpty() ? Optional.empty() : Optional.of("In " + Messages.program(run)
                + " not every process ended normally (exit code 0):\n" + bad
                + "An exception in run() ends the process with exit code 1; the lines above show where it came from.");
    }

    /**
     * No deadlock under any schedule. A run that deadlocked is its own witness; a lock-order cycle
     * in a run that did not is a deadlock waiting for its schedule, which the directed scheduler
     * then looks for (DeadlockFuzzer); if it does not find it, the cycle itself is the verdict.
     */
    static void judgeDeadlocks(Observed observed, List<Run> runs) {
        for (Run run : runs) {
            if (!run.completed()) {
                observed.fail(run, Ending::unfinished, "Your philosophers did not finish (" + Messages.program(run) + "). "
                        + Messages.whyUnfinished(run) + hint(run.deadlock().map(d -> d.cycle().size()).orElse(0),
                        philosophers(run)) + (run.livelock().isPresent() ? LIVELOCK_HINT : ""));
            }
        }
        observed.showingWork("for deadlocks");
        for (Run run : runs) {
            List<LockOrderGraph.Cycle> cycles = LockOrderGraph.of(run.events()).cycles();
            if (cycles.isEmpty()) {
                continue;
            }
            LockOrderGraph.Cycle cycle = cycles.get(0);
            Optional<Run> deadlocked = observed.search(run.program(), Strategy.directed(), 3,
                    r -> r.deadlock().isPresent());
            if (deadlocked.isPresent()) {
                Run witness = deadlocked.get();
                DeadlockReport report = witness.deadlock().orElseThrow();
                observed.fail(witness, r -> r.deadlock().map(d -> d.cycle().stream().map(w -> w.task().toString())
                        .toList()), "Your philosophers can deadlock (" + Messages.program(witness) + "); this "
                        + "schedule shows it:\n" + report.text() + hint(report.cycle().size(), philosophers(witness)));
            }
            observed.fail(run, r -> LockOrderGraph.of(r.events()).cycles().stream().findFirst()
                    .map(LockOrderGraph.Cycle::describe), "Your philosophers can deadlock (" + Messages.program(run) + "), although this run did "
                    + "not: " + cycle.describe() + ". Under another schedule each can hold its first lock and wait "
                    + "forever for the next." + hint(cycle.edges().size(), philosophers(run)));
        }
    }

    private static final String LIVELOCK_HINT = "\nHint: a philosopher that keeps one fork while it retries the"
            + " other waits for a neighbour who does the same, for ever. Put the fork you hold back before you try"
            + " again (and wait a different time than your neighbours), or let every philosopher take the"
            + " lower-numbered fork first.";

    private static int philosophers(Run run) {
        return Integer.parseInt(run.program().args().get(0));
    }

    private static String hint(int cycleLength, int philosophers) {
        if (cycleLength == 0) {
            return "";
        }
        if (cycleLength == philosophers) {
            return "\nHint: every philosopher reaches for its forks in the same order (say, left first), so all "
                    + philosophers + " can hold one fork and wait forever for the next. Make one philosopher take "
                    + "its forks in the other order — or let every philosopher take the lower-numbered fork first.";
        }
        return "\nHint: these philosophers take the same forks in opposite orders. Pick one global order of the "
                + "forks (for example by number) and make every philosopher acquire in that order.";
    }

    /**
     * What a philosopher held instead of the fork Locks, said so that the student sees why it is
     * not a fork: a {@code synchronized} block takes the object's Java monitor, which leaves the
     * Lock itself free; a lock of its own is not the table's fork.
     */
    private static String heldInstead(Set<SyncObject> held) {
        List<String> monitors = held.stream().filter(o -> o.kind() == ObjectKind.MONITOR).map(SyncObject::name)
                .sorted().toList();
        if (!monitors.isEmpty()) {
            return "It held " + String.join(" and ", monitors) + ": synchronized (fork) takes the Java monitor of "
                    + "the fork object, not the fork, which stays free for anyone who calls acquire(). Call "
                    + "fork.acquire() and fork.release() instead of synchronizing on the fork. ";
        }
        List<String> others = held.stream().filter(o -> !isFork(o) && o.kind().isSemaphore() && !o.kind().isInternal())
                .map(SyncObject::name).sorted().toList();
        if (!others.isEmpty()) {
            return "It held " + String.join(" and ", others) + ", which " + (others.size() == 1 ? "is" : "are")
                    + " not the table's forks: use the two fork Locks the philosopher was given. ";
        }
        return "";
    }

    /** Forks are Locks (or RLocks); a butler's Semaphore is not one. */
    private static boolean isFork(SyncObject object) {
        return object.kind() == ObjectKind.LOCK || object.kind() == ObjectKind.RLOCK;
    }
}
