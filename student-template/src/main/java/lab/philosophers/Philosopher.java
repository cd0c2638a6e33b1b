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
        // TODO: eat meals times: take both forks, print "phil <id> is eating", Time.sleep(20), put
        //       both forks back, print "phil <id> is thinking", Time.sleep(10); no schedule may
        //       deadlock
        throw new UnsupportedOperationException("TODO: write Philosopher.run");
    }
}
