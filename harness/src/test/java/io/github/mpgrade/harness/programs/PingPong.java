package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;

/**
 * Lock ping-pong in the variants the harness must tell apart. Arguments: variant, rounds.
 * {@code correct}: main holds omut first, each releases the other's lock after printing.
 * {@code bothFree}: main forgets to acquire omut. {@code releaseBeforePrint}: each releases the
 * other's lock before printing. {@code singleLock}: both use one lock.
 */
public class PingPong {
    static int counter = 10;

    static void ping(String name, Lock mine, Lock other, int rounds, boolean releaseFirst) {
        for (int i = 0; i < rounds; i++) {
            mine.acquire();
            if (releaseFirst) {
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
        String variant = args[0];
        int rounds = Integer.parseInt(args[1]);
        Lock imut = new Lock();
        Lock omut = variant.equals("singleLock") ? imut : new Lock();
        boolean releaseFirst = variant.equals("releaseBeforePrint");
        if (!variant.equals("bothFree") && !variant.equals("singleLock")) {
            omut.acquire();
        }
        Process ping = new Process(() -> ping("ping", imut, omut, rounds, releaseFirst));
        Process pong = new Process(() -> ping("pong", omut, imut, rounds, releaseFirst));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        if (!variant.equals("bothFree") && !variant.equals("singleLock")) {
            omut.release();
        }
        System.out.println("in main process: " + counter);
    }
}
