package io.github.mpgrade.harness;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A failing run and whether replaying its schedule reproduced the failure. A failure is
 * reproduced when every replay fails the same check for the same reason: the check's verdict,
 * computed from the replay, equals the one computed from the failing run, even where details
 * the coordinator does not control made the logs differ. Only a confirmed witness may cost a
 * student points.
 *
 * @param run          the failing run
 * @param confirmed    whether every replay gave the same verdict
 * @param note         how it was checked, or why it was not confirmed
 * @param uncontrolled where the replays' logs differed from the failing run's although the
 *                     verdict was the same: what the schedule did not control; empty when every
 *                     replay gave the same log
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
        for (int i = 0; i < replays.size(); i++) {
            Optional<V> again = verdict.apply(replays.get(i));
            if (again.isEmpty()) {
                return new Witness(failing, false, "could not be reproduced: replay " + (i + 1)
                        + " of its schedule passed this check", Optional.empty());
            }
            if (!again.equals(expected)) {
                return new Witness(failing, false, "was not the same when its schedule was replayed: replay "
                        + (i + 1) + " failed this check for another reason (" + again.get() + ")", Optional.empty());
            }
        }
        Optional<String> uncontrolled = replays.stream().map(replay -> LogDifference.between(failing, replay))
                .flatMap(Optional::stream).findFirst();
        return new Witness(failing, true, "replayed " + replays.size() + " times with the same verdict", uncontrolled);
    }
}
