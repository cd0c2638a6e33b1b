package io.github.mpgrade.assignment;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Harness;
import io.github.mpgrade.harness.Program;
import io.github.mpgrade.harness.junit.Exercise;
import io.github.mpgrade.harness.junit.Points;
import io.github.mpgrade.harness.junit.SubmissionBudget;
import io.github.mpgrade.harness.junit.SubmissionHarness;
import io.github.mpgrade.harness.schedule.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §2.1, {@code DiningTable}: tables of 3, 2 and 6 philosophers (not the default 5, so a
 * hard-coded table fails), each under a schedule of its own: random, the last-started philosopher
 * first, and one that delays every second fork (where a deadlock shows if one is possible); then
 * more schedules of the table of 3, as many as the budget allows, for a deadlock or a broken meal.
 */
@Exercise("philosophers")
@Order(1)
@ExtendWith({SubmissionHarness.class, SubmissionBudget.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one set of runs per grading, however many gradings share this JVM
@DisplayName("Dining philosophers (processes)")
class PhilosophersChecks {
    private Observed observed;

    @BeforeAll
    void observe(Harness harness, Budget budget) {
        observed = Observed.run(harness, run -> Dining.of(run, false).missingWork(),
                new Observed.Schedule(Program.main("lab.philosophers.DiningTable").args(3, 2), Strategy.randomWalk(), 1),
                new Observed.Schedule(Program.main("lab.philosophers.DiningTable").args(2, 3), Strategy.startOrders(), 0),
                new Observed.Schedule(Program.main("lab.philosophers.DiningTable").args(6, 1), Strategy.directed(), 0))
                .explore(Program.main("lab.philosophers.DiningTable").args(3, 2), budget, run -> Dining.unsafe(run, false));
    }

    @Test
    @Order(1)
    @Points(5)
    @DisplayName("each philosopher runs in a process of its own")
    void eachPhilosopherRunsInAProcessOfItsOwn() {
        observed.failOnFirst(observed.showingWork("the philosophers' processes"), run -> Dining.of(run, false).ownWorkerProblem());
    }

    @Test
    @Order(2)
    @Points(5)
    @DisplayName("every philosopher eats exactly its meals, then main prints done")
    void everyPhilosopherEatsExactlyItsMeals() {
        observed.failOnFirst(observed.completed("the meals eaten"), run -> Dining.of(run, false).mealCountProblem());
    }

    @Test
    @Order(3)
    @Points(8)
    @DisplayName("a philosopher eats only while holding both forks")
    void aPhilosopherEatsOnlyWhileHoldingBothForks() {
        observed.failOnFirst(observed.showingWork("the forks held while eating"), run -> Dining.of(run, false).forksHeldProblem());
    }

    @Test
    @Order(4)
    @Points(7)
    @DisplayName("neighbours never eat at the same time")
    void neighboursNeverEatAtTheSameTime() {
        observed.failOnFirst(observed.showingWork("the neighbours' meals"), run -> Dining.of(run, false).neighboursProblem());
    }

    @Test
    @Order(5)
    @Points(10)
    @DisplayName("no deadlock under any schedule")
    void noDeadlockUnderAnySchedule() {
        Dining.judgeDeadlocks(observed, observed.all());
    }

    @Test
    @Order(6)
    @Points(2)
    @DisplayName("every fork is free at the end")
    void everyForkIsFreeAtTheEnd() {
        observed.failOnFirst(observed.completedShowingWork("the forks at the end"), run -> Dining.of(run, false).forksFreeProblem());
    }

    @Test
    @Order(7)
    @Points(3)
    @DisplayName("every process exits with 0")
    void everyProcessExitsWithZero() {
        observed.failOnFirst(observed.completedShowingWork("the exit codes"), run -> Dining.of(run, false).exitProblem());
    }
}
