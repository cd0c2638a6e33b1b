package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Run;
import java.util.Optional;

/** How a run ended: the reason a check that needs a finished run fails it, compared between a run and its replays. */
enum Ending {
    COMPLETED, START_FAILURE, DEADLOCK, HANG, LIVELOCK, STEP_LIMIT;

    static Ending of(Run run) {
        if (run.startFailure() != null) {
            return START_FAILURE;
        }
        if (run.deadlock().isPresent()) {
            return DEADLOCK;
        }
        if (run.hang().isPresent()) {
            return HANG;
        }
        if (run.livelock().isPresent()) {
            return LIVELOCK;
        }
        return run.stepLimited() ? STEP_LIMIT : COMPLETED;
    }

    /** A check's verdict on a run that must finish: how it ended, unless it did. */
    static Optional<Ending> unfinished(Run run) {
        return Optional.of(of(run)).filter(ending -> ending != COMPLETED);
    }
}
