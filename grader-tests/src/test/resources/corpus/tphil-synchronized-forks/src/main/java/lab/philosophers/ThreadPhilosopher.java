package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Time;

/** Takes the forks with synchronized blocks instead of acquiring the Locks: left first, then right. */
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
        for (int meal = 0; meal < meals; meal++) {
            synchronized (left) {
                synchronized (right) {
                    System.out.println("phil " + id + " is eating");
                    Time.sleep(20);
                }
            }
            System.out.println("phil " + id + " is thinking");
            Time.sleep(10);
        }
    }
}
