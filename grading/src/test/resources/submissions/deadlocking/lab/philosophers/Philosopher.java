package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

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
            System.out.println("phil " + id + " is hungry");
            left.acquire();
            right.acquire();
            System.out.println("phil " + id + " is eating");
            Time.sleep(20);
            right.release();
            left.release();
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
