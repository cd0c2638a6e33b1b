package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/**
 * A controlled run's scheduler failed to decide: it threw, or it picked an operation it was not
 * offered. The run is stopped at that step, since going on some other way would make a schedule
 * no one chose, and the failure is the tool's, not the program's.
 *
 * @param step    how many decisions came before the one that failed
 * @param message what went wrong, as a sentence that names the scheduler's failure
 * @param cause   what the scheduler threw; null if it picked what it was not offered
 */
public record SchedulerFailure(int step, String message, Throwable cause) {

    static SchedulerFailure threw(int step, Throwable cause) {
        return new SchedulerFailure(step, "The scheduler failed at step " + step + ": it threw " + cause
                + ". The run was stopped there.", cause);
    }

    static SchedulerFailure pickedNoChoice(int step, Choice picked, List<Choice> offered) {
        return new SchedulerFailure(step, "The scheduler failed at step " + step + ": it picked " + picked
                + ", which is not one of the " + offered.size() + " operations it was offered. The run was stopped"
                + " there.", null);
    }

    @Override
    public String toString() {
        return message;
    }
}
