package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

public class Philosopher extends Process {
    private final int id;
    private final Lock lower;
    private final Lock higher;
    private final int meals;

    public Philosopher(int id, Lock left, Lock right, int meals) {
        this(id, left, right, meals, true);
    }

    /** leftIsLower: whether the left fork has the lower number (false only for the last philosopher). */
    public Philosopher(int id, Lock left, Lock right, int meals, boolean leftIsLower) {
        this.id = id;
        this.lower = leftIsLower ? left : right;
        this.higher = leftIsLower ? right : left;
        this.meals = meals;
    }

    @Override
    public void run() {
        for (int meal = 0; meal < meals; meal++) {
            lower.acquire();
            higher.acquire();
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            higher.release();
            lower.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
