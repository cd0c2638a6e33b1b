package lab.pingpong;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Semaphore;

public class PingPong {
    static int counter = 10;

    static void play(String name, Semaphore myTurn, Semaphore theirTurn, int rounds) {
        for (int round = 0; round < rounds; round++) {
            myTurn.acquire();
            System.out.println(name + " " + counter);
            theirTurn.release();
            counter += 1;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Semaphore pingTurn = new Semaphore(1);
        Semaphore pongTurn = new Semaphore(0);
        Process ping = new Process("ping", () -> play("ping", pingTurn, pongTurn, rounds));
        Process pong = new Process("pong", () -> play("pong", pongTurn, pingTurn, rounds));
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println("in main process: " + counter);
    }
}
