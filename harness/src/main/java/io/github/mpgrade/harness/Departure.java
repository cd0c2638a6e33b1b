package io.github.mpgrade.harness;

import java.util.List;
import java.util.Optional;

/**
 * Where a replay left the schedule it was to make again: at that step the task the schedule
 * names had no request waiting, so the replay went on with another. A replay that departs says
 * nothing about the schedule it was given — something the coordinator does not control (a
 * thread's timing) changed what the program asked for — and is made again rather than judged.
 * A replay that takes every recorded step and then goes on, or ends sooner (a verdict of time,
 * such as a livelock's), has not departed: its difference is the program's.
 *
 * @param step     the first step, counted from 0, at which the replay took another task
 * @param recorded the task the schedule names there
 * @param taken    the task the replay took instead
 */
public record Departure(int step, String recorded, String taken) {
    /** The first step at which the replay took another task than the recorded run, if any. */
    public static Optional<Departure> of(Run recorded, Run replay) {
        List<String> expected = recorded.decisions();
        List<String> actual = replay.decisions();
        for (int step = 0; step < Math.min(expected.size(), actual.size()); step++) {
            if (!expected.get(step).equals(actual.get(step))) {
                return Optional.of(new Departure(step, expected.get(step), actual.get(step)));
            }
        }
        return Optional.empty();
    }

    /** The departure as a sentence, for the note of a witness. */
    public String describe() {
        return "at step " + (step + 1) + " the schedule names " + recorded + ", which had asked for nothing there, and "
                + "the replay went on with " + taken;
    }
}
