package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import io.github.mpgrade.multiprocessing.Value;

/** Two processes share one {@link Value}: each step is a read and a write under its lock. */
public class SharedHello {
    static void hello(String name, Value<Integer> counter) {
        // TODO: five times: holding counter.getLock(), set counter to one more than it holds and
        //       remember that value; then Time.sleep(20) and print "hello <name> <that value>"
        throw new UnsupportedOperationException("TODO: write SharedHello.hello");
    }

    public static void main(String[] args) {
        Value<Integer> counter = new Value<>(10);
        // TODO: run hello("world", counter) and hello("myself", counter) in two processes of their
        //       own; start both, then join both
        System.out.println("counter is : " + counter.get());
    }
}
