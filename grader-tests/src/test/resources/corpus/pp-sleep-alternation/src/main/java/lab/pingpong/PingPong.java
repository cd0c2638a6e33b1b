package lab.pingpong;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;

public class PingPong {
    static int counter = 10;

    static void ping(String name, int offset, int rounds) {
        Time.sleep(offset);
        for (int i = 0; i < rounds; i++) {
            System.out.println(name + " " + counter);
            counter += 1;
            Time.sleep(100);
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Process ping = new Process(() -> ping("ping", 0, rounds));
        Process pong = new Process(() -> ping("pong", 50, rounds));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        System.out.println("in main process: " + counter);
    }
}
