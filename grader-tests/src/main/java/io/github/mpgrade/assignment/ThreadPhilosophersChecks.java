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

/** Contract §2.1, {@code ThreadDiningTable}: the same table with threads of one process. */
@Exercise("thread-philosophers")
@Order(2)
@ExtendWith({SubmissionHarness.class, SubmissionBudget.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one set of runs per grading, however many gradings share this JVM
@DisplayName("Dining philosophers (threads)")
class ThreadPhilosophersChecks {
    private Observed observed;

    @BeforeAll
    void observe(Harness harness, Budget budget) {
        observed = Observed.run(harness, run -> Dining.of(run, true).missingWork(),
                new Observed.Schedule(Program.main("lab.philosophers.ThreadDiningTable").args(3, 2), Strategy.randomWalk(), 1),
                new Observed.Schedule(Program.main("lab.philosophers.ThreadDiningTable").args(4, 1), Strategy.directed(), 0))
                .explore(Program.main("lab.philosophers.ThreadDiningTable").args(3, 2), budget, run -> Dining.unsafe(run, true));
    }

    @Test
    @Order(1)
    @Points(3)
    @DisplayName("each philosopher runs in a thread of its own")
    void eachPhilosopherRunsInAThreadOfItsOwn() {
        observed.failOnFirst(observed.completedShowingWork("the philosophers' threads"), run -> Dining.of(run, true).ownWorkerProblem());
    }

    @Test
    @Order(2)
    @Points(3)
    @DisplayName("every philosopher eats exactly its meals, then main prints done")
    void everyPhilosopherEatsExactlyItsMeals() {
        observed.failOnFirst(observed.completed("the meals eaten"), run -> Dining.of(run, true).mealCountProblem());
    }

    @Test
    @Order(3)
    @Points(3)
    @DisplayName("a philosopher eats only while holding both forks")
    void aPhilosopherEatsOnlyWhileHoldingBothForks() {
        observed.failOnFirst(observed.showingWork("the forks held while eating"), run -> Dining.of(run, true).forksHeldProblem());
    }

    @Test
    @Order(4)
    @Points(2)
    @DisplayName("neighbours never eat at the same time")
    void neighboursNeverEatAtTheSameTime() {
        observed.failOnFirst(observed.showingWork("the neighbours' meals"), run -> Dining.of(run, true).neighboursProblem());
    }

    @Test
    @Order(5)
    @Points(4)
    @DisplayName("no deadlock under any schedule")
    void noDeadlockUnderAnySchedule() {
        Dining.judgeDeadlocks(observed, observed.all());
    }
}
