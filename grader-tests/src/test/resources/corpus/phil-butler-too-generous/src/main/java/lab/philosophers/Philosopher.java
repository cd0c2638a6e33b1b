package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;
import io.github.mpgrade.multiprocessing.Time;

public class Philosopher extends Process {
    private final int id;
    private final Lock left;
    private final Lock right;
    private final int meals;
    private final Semaphore butler;

    public Philosopher(int id, Lock left, Lock right, int meals) {
        this(id, left, right, meals, null);
    }

    public Philosopher(int id, Lock left, Lock right, int meals, Semaphore butler) {
        this.id = id;
        this.left = left;
        this.right = right;
        this.meals = meals;
        this.butler = butler;
    }

    @Override
    public void run() {
        for (int meal = 0; meal < meals; meal++) {
            butler.acquire(); // at most n - 1 philosophers reach for forks at once
            left.acquire();
            right.acquire();
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            right.release();
            left.release();
            butler.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
