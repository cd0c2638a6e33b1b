package io.github.mpgrade.samples.reuse;

/**
 * A program without static state of its own that may use a class with some: with the argument
 * {@code count} it adds one to {@link Tally}'s static counter and prints it, otherwise it prints
 * {@code plain}. However its JVM's earlier processes went, a process that counts prints 1.
 */
public class CountingLater {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("count")) {
            Tally.counter += 1;
            System.out.println("tally " + Tally.counter);
        } else {
            System.out.println("plain");
        }
    }

    /** A class with static state, first loaded after a process without any. */
    static final class Tally {
        static int counter;

        private Tally() {
        }
    }
}
