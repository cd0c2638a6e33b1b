package io.github.mpgrade.samples.threads;

/** Two threads take turns through wait/notifyAll on one object, a synchronized method each. */
public class WaitNotifyPingPong {
    private boolean pingsTurn = true;

    synchronized void play(boolean ping, int round) throws InterruptedException {
        while (pingsTurn != ping) {
            wait();
        }
        System.out.println((ping ? "ping " : "pong ") + round);
        pingsTurn = !ping;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = Integer.parseInt(args[0]);
        WaitNotifyPingPong table = new WaitNotifyPingPong();
        Thread ping = new Thread(() -> rounds(table, true, rounds));
        Thread pong = new Thread(() -> rounds(table, false, rounds));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
    }

    private static void rounds(WaitNotifyPingPong table, boolean ping, int rounds) {
        try {
            for (int i = 0; i < rounds; i++) {
                table.play(ping, i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
