package lab.philosophers;

import io.github.mpgrade.multiprocessing.Lock;

/** The dining table with threads instead of processes. Arguments: [n, meals]. */
public class ThreadDiningTable {
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int meals = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // TODO: create n forks (Locks) and n ThreadPhilosophers, philosopher i with left fork i,
        //       right fork (i + 1) % n and meals; start them all, then join them all
        System.out.println("done");
    }
}
