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

    private boolean leftHanded() {
        return id == 0;
    }

    private void eat() {
        System.out.println("phil " + id + " is eating");
        Time.sleep(20);
    }

    private void think() {
        System.out.println("phil " + id + " is thinking");
        Time.sleep(10);
    }

    @Override
    public void run() {
        int left_to_eat = meals;
        while (left_to_eat-- > 0) {
            if (leftHanded()) {
                left.acquire();
                right.acquire();
            } else {
                right.acquire();
                left.acquire();
            }
            try {
                eat();
            } finally {
                left.release();
                right.release();
            }
            think();
        }
    }
}
