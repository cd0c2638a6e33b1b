package lab.pingpong;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** Two processes strictly alternate by releasing each other's lock. Arguments: [rounds]. */
public class PingPong {
    static int counter = 10;

    static void ping(String name, Lock mine, Lock other, int rounds) {
        // BEGIN SOLUTION: rounds times: take mine, print "<name> <counter>", release other, add 1 to counter
        for (int i = 0; i < rounds; i++) {
            mine.acquire();
            System.out.println(name + " " + counter)
            other.release();
            counter += 1;
        }
        // END SOLUTION
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Lock imut = new Lock();
        Lock omut = new Lock();
        // BEGIN SOLUTION: take omut; run ping("ping", imut, omut, rounds) and ping("pong", omut, imut, rounds) in two processes of their own; start both, join both, then release omut
        omut.acquire();
        Process ping = new Process(() -> ping("ping", imut, omut, rounds));
        Process pong = new Process(() -> ping("pong", omut, imut, rounds));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        omut.release();
        // END SOLUTION
        System.out.println("in main process: " + counter);
    }
}
