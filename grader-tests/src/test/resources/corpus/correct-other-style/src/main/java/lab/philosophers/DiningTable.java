package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

public class DiningTable {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Lock> forks = IntStream.range(0, n).mapToObj(i -> new Lock()).toList();
        List<Philosopher> table = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> table.add(new Philosopher(i, forks.get(i), forks.get((i + 1) % n), meals)));
        table.forEach(Philosopher::start);
        table.forEach(Philosopher::join);
        System.out.println("done");
    }
}
