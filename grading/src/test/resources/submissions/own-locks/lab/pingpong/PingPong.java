package lab.pingpong;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/** Each player takes and gives back its own lock, so nothing makes the two take turns. */
public class PingPong {
    static int counter = 10;

    static void ping(String name, Lock mine, int rounds) {
        for (int i = 0; i < rounds; i++) {
            mine.acquire();
            System.out.println(name + " " + counter);
            mine.release();
            counter += 1;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Lock imut = new Lock(), omut = new Lock();
        Process ping = new Process(() -> ping("ping", imut, rounds));
        Process pong = new Process(() -> ping("pong", omut, rounds));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        System.out.println("in main process: " + counter);
    }
}
