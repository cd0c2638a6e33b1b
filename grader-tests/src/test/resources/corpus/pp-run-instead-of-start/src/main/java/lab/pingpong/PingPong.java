package lab.pingpong;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** Two processes strictly alternate by releasing each other's lock. Arguments: [rounds]. */
public class PingPong {
    static int counter = 10;

    static void ping(String name, Lock mine, Lock other, int rounds) {
        for (int i = 0; i < rounds; i++) {
            mine.acquire();
            System.out.println(name + " " + counter);
            other.release();
            counter += 1;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Lock imut = new Lock();
        Lock omut = new Lock();
        omut.acquire();
        Process ping = new Process(() -> ping("ping", imut, omut, rounds));
        Process pong = new Process(() -> ping("pong", omut, imut, rounds));
        ping.run();
        pong.run();
        ping.join();
        pong.join();
        omut.release();
        System.out.println("in main process: " + counter);
    }
}
