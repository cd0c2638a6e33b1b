package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Time;

/** A philosopher as a thread of the main process. */
public class ThreadPhilosopher extends Thread {
    private final int id;
    private final Lock left;
    private final Lock right;
    private final int meals;

    public ThreadPhilosopher(int id, Lock left, Lock right, int meals) {
        this.id = id;
        this.left = left;
        this.right = right;
        this.meals = meals;
    }

    @Override
    public void run() {
        // BEGIN SOLUTION: eat meals times: take both forks, print "phil <id> is eating", Time.sleep(20), put both forks back, print "phil <id> is thinking", Time.sleep(10); no schedule may deadlock
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
        // END SOLUTION
    }
}
