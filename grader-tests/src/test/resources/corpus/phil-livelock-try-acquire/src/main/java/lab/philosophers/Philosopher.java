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
        for (int meal = 0; meal < meals; meal++) {
            left.acquire();
            while (!right.tryAcquire()) {
                Time.sleep(1); // keeps the left fork and tries the right one again: no deadlock, it never blocks
            }
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            right.release();
            left.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
