package io.github.mpgrade.grading.batch;

/** Told how a batch goes, for display: the order of calls is planned, then started/finished per submission, then completed. */
public interface BatchListener {
    /**
     * @param submissions the submissions of this shard
     * @param reused      how many of them are unchanged since they were graded, and are not graded again
     */
    default void planned(int submissions, int reused) {
    }

    /** A submission's grading starts (not told for reused ones). */
    default void started(Submission submission) {
    }

    /** A submission is done: graded now, or its earlier result reused. Called from grading threads. */
    default void finished(SubmissionRecord record, boolean reused) {
    }

    /** Grading has ended: every submission is done, or the batch stopped. */
    default void completed() {
    }
}
