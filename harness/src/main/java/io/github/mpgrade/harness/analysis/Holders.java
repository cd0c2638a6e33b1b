package io.github.mpgrade.harness.analysis;

import java.util.List;

/** Who holds a lock or semaphore, as the analyses replay a log: a semaphore can have several holders. */
final class Holders {
    private Holders() {
    }

    /**
     * A release by {@code task}: frees its own hold if it has one; otherwise (Python lets anyone
     * release a Lock or Semaphore) the oldest hold, and {@code bySomeoneElse} is told.
     *
     * @return whose hold ended, or null if nobody held it
     */
    static String release(List<String> holders, String task, Runnable bySomeoneElse) {
        if (holders == null || holders.isEmpty()) {
            return null;
        }
        if (holders.remove(task)) {
            return task;
        }
        bySomeoneElse.run();
        return holders.remove(0);
    }
}
