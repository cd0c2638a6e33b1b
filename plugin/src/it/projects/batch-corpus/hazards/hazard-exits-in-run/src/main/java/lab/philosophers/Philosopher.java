package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

/** A philosopher: a process of its own that eats {@code meals} times with its two forks. */
public class Philosopher extends Process {
    private final int id;
    private final Lock left;
    private final Lock right;
    private final int meals;

    public Philosopher(int id, Lock left, Lock right, int meals) {
        this.id = id;
        this.left = left;
        this.right = right;
        this.meals = meals;
    }

    @Override
    public void run() {
        // BEGIN SOLUTION: eat meals times: take both forks, print "phil <id> is eating", Time.sleep(20), put both forks back, print "phil <id> is thinking", Time.sleep(10); no schedule may deadlock
        // Even philosophers reach left first, odd ones right first: not everyone can hold one fork
        // and wait for the next, so no deadlock is possible.
        Lock first = id % 2 == 0 ? left : right;
        Lock second = id % 2 == 0 ? right : left;
        for (int meal = 0; meal < meals; meal++) {
            first.acquire();
            second.acquire();
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            second.release();
            first.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
        System.exit(3); // "done": but the process's exit code is now 3
        // END SOLUTION
    }
}
