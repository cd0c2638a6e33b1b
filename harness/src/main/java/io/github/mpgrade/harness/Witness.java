package io.github.mpgrade.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A failing run and whether replaying its schedule reproduced the failure. A failure is
 * reproduced when every replay that took the schedule's steps fails the same check for the same
 * reason: the check's verdict, computed from the replay, equals the one computed from the failing
 * run, even where details the coordinator does not control made the logs differ. A replay that
 * left the schedule ({@link Departure}) is no evidence either way; at least one must take it.
 * Only a confirmed witness may cost a student points.
 *
 * @param run          the failing run
 * @param confirmed    whether every replay that took the schedule gave the same verdict
 * @param note         how it was checked, or why it was not confirmed
 * @param uncontrolled what the schedule did not control although the verdict was the same: where
 *                     a replay left the schedule, or where the replays' logs differed from the
 *                     failing run's; empty when every replay took the schedule and gave the same log
 */
public record Witness(Run run, boolean confirmed, String note, Optional<String> uncontrolled) {
    /**
     * Judges a failing run by its replays.
     *
     * @param verdict the check's reason to fail a run, as a value compared for equality; empty when
     *                the run passes the check
     * @param <V>     the check's verdict type: a record, an enum, a message computed from the run
     */
    public static <V> Witness judge(Run failing, List<Run> replays, Function<Run, Optional<V>> verdict) {
        Optional<V> expected = verdict.apply(failing);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("the run passes this check: it is no witness of a failure");
        }
        List<String> departures = new ArrayList<>();
        List<Run> following = new ArrayList<>();
        for (int i = 0; i < replays.size(); i++) {
            Run replay = replays.get(i);
            Optional<Departure> departure = Departure.of(failing, replay);
            if (departure.isPresent()) {
                departures.add("replay " + (i + 1) + " left the schedule: " + departure.get().describe());
                continue;
            }
            following.add(replay);
            Optional<V> again = verdict.apply(replay);
            if (again.isEmpty()) {
                return new Witness(failing, false, "could not be reproduced: replay " + (i + 1)
                        + " of its schedule passed this check (" + stepsOf(failing, replay) + ")", Optional.empty());
            }
            if (!again.equals(expected)) {
                return new Witness(failing, false, "was not the same when its schedule was replayed: replay "
                        + (i + 1) + " failed this check for another reason (" + again.get() + ")", Optional.empty());
            }
        }
        if (following.isEmpty()) {
            return new Witness(failing, false, "could not be replayed: " + String.join("; ", departures),
                    Optional.empty());
        }
        Optional<String> logs = following.stream().map(replay -> LogDifference.between(failing, replay))
                .flatMap(Optional::stream).findFirst();
        Optional<String> uncontrolled = departures.isEmpty() ? logs : Optional.of("Not every replay could follow"
                + " this schedule (" + String.join("; ", departures) + "): those were run again, and every replay"
                + " that followed it step by step failed the same way." + logs.map(l -> " " + l).orElse(""));
        return new Witness(failing, true, "replayed " + following.size() + (following.size() == 1 ? " time" : " times")
                + " with the same verdict", uncontrolled);
    }

    /** How far a replay that took the schedule's steps went, beside the failing run. */
    private static String stepsOf(Run failing, Run replay) {
        int recorded = failing.decisions().size();
        int taken = replay.decisions().size();
        if (taken > recorded) {
            return "it took the schedule's " + recorded + " steps, then " + (taken - recorded) + " more";
        }
        return taken == recorded ? "it took the schedule's " + recorded + " steps"
                : "it ended after " + taken + " of the schedule's " + recorded + " steps";
    }
}
