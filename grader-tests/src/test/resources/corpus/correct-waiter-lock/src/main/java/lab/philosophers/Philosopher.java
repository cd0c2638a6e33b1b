package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

public class Philosopher extends Process {
    private final int id;
    private final Lock left;
    private final Lock right;
    private final int meals;
    private final Lock waiter;

    public Philosopher(int id, Lock left, Lock right, int meals) {
        this(id, left, right, meals, new Lock());
    }

    public Philosopher(int id, Lock left, Lock right, int meals, Lock waiter) {
        this.id = id;
        this.left = left;
        this.right = right;
        this.meals = meals;
        this.waiter = waiter;
    }

    @Override
    public void run() {
        for (int meal = 0; meal < meals; meal++) {
            waiter.acquire();
            left.acquire();
            right.acquire();
            waiter.release();
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            left.release();
            right.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
