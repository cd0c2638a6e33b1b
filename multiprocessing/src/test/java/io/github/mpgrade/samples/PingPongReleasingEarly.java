package io.github.mpgrade.samples;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/**
 * The seed's ping-pong, broken in round 3 only: there each player releases the other's lock before
 * printing, so the other may print first. A check of the log that looks only at the first round
 * cannot see it.
 */
public class PingPongReleasingEarly {
    static int counter = 10;

    static void ping(String name, Lock mine, Lock other, int rounds) {
        for (int round = 1; round <= rounds; round++) {
            mine.acquire();
            if (round == 3) {
                other.release();
                System.out.println(name + " " + counter);
            } else {
                System.out.println(name + " " + counter);
                other.release();
            }
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
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        omut.release();
        System.out.println("in main process: " + counter);
    }
}
