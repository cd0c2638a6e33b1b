package lab.pingpong;

import io.github.mpgrade.multiprocessing.Lock;

public class PingPong {
    static void ping(String name, Lock mine, Lock other, int rounds) {
        mine.acquire()
        System.out.println(name);
    }

    public static void main(String[] args) {
    }
}
