package lab.pingpong;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** Two processes strictly alternate by releasing each other's lock. Arguments: [rounds]. */
public class PingPong {
    static int counter = 10;

    static void ping(String name, Lock mine, Lock other, int rounds) {
        // TODO: rounds times: take mine, print "<name> <counter>", release other, add 1 to counter
        throw new UnsupportedOperationException("TODO: write PingPong.ping");
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Lock imut = new Lock();
        Lock omut = new Lock();
        // TODO: take omut; run ping("ping", imut, omut, rounds) and ping("pong", omut, imut,
        //       rounds) in two processes of their own; start both, join both, then release omut
        System.out.println("in main process: " + counter);
    }
}
